// Brings the highlighted paragraph (or the first search hit) into view whenever the reader's
// content changes; the delay lets a tab switch made by the same update show the reader first.
const reveal = () => setTimeout(() => {
  const hit = element.querySelector('.reader-para.hit') || element.querySelector('.reader-para.found');
  if (hit) hit.scrollIntoView({block: 'center'});
}, 150);
reveal();
watch('value', reveal);
