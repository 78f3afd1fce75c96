() => {
  // The chat's own behaviour, on the whole document (messages are re-rendered often, so
  // handlers are delegated rather than attached to each element).
  const lastAnswer = (el) => el.closest('.answer');
  const markdownOf = (answer) => {
    const md = answer.querySelector('pre.answer-md');
    return md ? md.textContent : answer.innerText;
  };

  // [n] → open, scroll to and highlight source panel n of the same answer.
  const openSource = (ref) => {
    const panel = lastAnswer(ref).querySelector(`details.source.src-${ref.value}`);
    if (!panel) return;
    panel.open = true;
    panel.scrollIntoView({block: 'nearest', behavior: 'smooth'});
    document.querySelectorAll('details.source.flash').forEach((p) => p.classList.remove('flash'));
    panel.classList.add('flash');
    const summary = panel.querySelector('summary');
    if (summary) summary.focus({preventScroll: true});
  };

  const copyText = async (text) => {
    window.__askspeechCopied = text;  // what was copied, for anyone checking
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch (e) {
      const area = document.createElement('textarea');
      area.value = text;
      document.body.appendChild(area);
      area.select();
      const ok = document.execCommand('copy');
      area.remove();
      return ok;
    }
  };

  const ask = (question) => {
    const box = document.querySelector('#question textarea');
    if (!box) return;
    box.value = question;
    box.dispatchEvent(new Event('input', {bubbles: true}));
    setTimeout(() => document.querySelector('#send').click(), 50);
  };

  document.addEventListener('click', async (event) => {
    const target = event.target.closest ? event.target : null;
    if (!target) return;
    const ref = target.closest('button.cite-ref');
    if (ref) { event.preventDefault(); openSource(ref); return; }
    const copy = target.closest('button.copy-answer');
    if (copy) {
      event.preventDefault();
      const ok = await copyText(markdownOf(lastAnswer(copy)));
      const label = copy.textContent;
      copy.textContent = ok ? '✓' : '✗';
      setTimeout(() => { copy.textContent = label; }, 1200);
      return;
    }
    const follow = target.closest('button.follow-up');
    if (follow) { event.preventDefault(); ask(follow.value); return; }
    const toc = target.closest('button.toc-link');
    if (toc) {
      event.preventDefault();
      const para = document.querySelector(`#reader-p${toc.value}`);
      if (para) {
        para.scrollIntoView({block: 'start', behavior: 'smooth'});
        document.querySelectorAll('.reader-para.flash').forEach((p) => p.classList.remove('flash'));
        para.classList.add('flash');
      }
    }
  });

  // The whole conversation as Markdown, from what each message carries.
  window.askspeechExport = () => {
    const parts = ['# askspeech', ''];
    const messages = document.querySelectorAll('#chatbot [data-testid="user"], #chatbot .answer');
    messages.forEach((m) => {
      if (m.classList.contains('answer')) {
        if (!m.classList.contains('streaming')) parts.push(markdownOf(m), '');
      } else {
        parts.push('## ' + m.innerText.trim().replace(/\n+/g, ' '), '');
      }
    });
    const blob = new Blob([parts.join('\n')], {type: 'text/markdown;charset=utf-8'});
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'askspeech-conversation-' + new Date().toISOString().slice(0, 10) + '.md';
    document.body.appendChild(link);
    link.click();
    setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  };

  // Screen readers: the chatbot labels each message with its raw content (our HTML); label
  // it with the text a reader would see instead.
  const relabel = () => {
    document.querySelectorAll('#chatbot .message-row [aria-label]').forEach((el) => {
      const label = el.getAttribute('aria-label');
      const who = label.split(':')[0];
      if (!who.endsWith("'s message")) return;
      const answer = el.querySelector('.answer');
      const text = (answer ? markdownOf(answer) : el.innerText).replace(/\s+/g, ' ').trim();
      const wanted = who + ': ' + text.slice(0, 400);
      if (label !== wanted) el.setAttribute('aria-label', wanted);
    });
  };
  let pending = null;
  const soon = () => { clearTimeout(pending); pending = setTimeout(relabel, 60); };
  const watchChat = () => {
    const chat = document.querySelector('#chatbot');
    if (!chat) { setTimeout(watchChat, 200); return; }
    new MutationObserver(soon).observe(chat, {childList: true, subtree: true, characterData: true,
                                              attributes: true, attributeFilter: ['aria-label']});
  };
  watchChat();
}
