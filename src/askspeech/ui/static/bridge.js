// Runs once in the page (hidden bridge component): a click on any "open in reader" button is
// sent to Python as the bridge's value; the time stamp makes a repeated click a change too.
document.addEventListener('click', (event) => {
  const button = event.target.closest && event.target.closest('button.open-reader');
  if (!button) return;
  event.preventDefault();
  props.value = button.value + ':' + Date.now();
  trigger('change');
});
