'use strict';
// Help to complain (docs/adr/0026): a form that asks for the municipality, the service and the dates,
// and shows where to send the complaint, the deadline, who can help, what to write and a letter skeleton
// to copy or print. Texts follow the page's language (lang="nb" | "nn" | "en"). Nothing is stored.
(function () {
  const root = document.getElementById('complaint');
  if (!root) return;
  const LANG = (function () {
    const l = (document.documentElement.lang || 'nb').slice(0, 2).toLowerCase();
    return l === 'nn' || l === 'en' ? l : 'nb';
  })();
  const T = {
    nb: {
      heading: 'Hjelp til å klage på et vedtak',
      intro: 'Få vite hvor du sender klagen, fristen, hvem som kan hjelpe og hva klagen må inneholde. Du får også et utkast til klagebrev.',
      municipality: 'Kommune', chooseMunicipality: 'Velg kommune', service: 'Tjenesten vedtaket gjelder',
      chooseService: 'Velg tjeneste', decided: 'Datoen på vedtaket', decidedHint: 'Står i vedtaksbrevet.',
      learnt: 'Dagen du fikk vite om vedtaket', learntHint: 'Fristen regnes fra denne dagen. La feltet stå tomt hvis du ikke vet.',
      regime: 'Klageordning', regimeAuto: 'Fra tjenestens hjemmel (anbefalt)', submit: 'Vis hjelp til å klage',
      needMunicipality: 'Velg en kommune.', needService: 'Velg en tjeneste.',
      needDate: 'Skriv datoen på vedtaket eller dagen du fikk vite om det.',
      badDate: 'Skriv datoen som dag, måned og år.', order: 'Dagen du fikk vite om vedtaket kan ikke være før vedtaket.',
      future: 'Datoen kan ikke være etter i dag.', needRegime: 'Kommunen oppgir ikke hvilken lov tjenesten gis etter. Velg en klageordning.',
      failed: 'Klarte ikke å hente svaret. Prøv igjen senere.',
      sendTo: 'Send klagen til', notStated: 'ikke oppgitt', postal: 'Postadresse', visiting: 'Besøksadresse',
      phone: 'Telefon', email: 'E-post', noContact: 'Kontaktopplysninger: ikke oppgitt i katalogen.',
      deadline: 'Frist', lastLate: 'Siste dag en for sen klage kan behandles', next: 'Hvor klagen går videre',
      helpers: 'Hvem kan hjelpe', free: 'gratis', contents: 'Hva klagen må inneholde', late: 'Hvis fristen har gått ut',
      notes: 'Merknader', letter: 'Utkast til klagebrev', copy: 'Kopier brevet', print: 'Skriv ut brevet',
      copied: 'Brevet er kopiert.', unverified: '(ikke verifisert)',
      regimes: { municipal: 'Kommunalt vedtak uten særlov', fvl: 'Særlov med statsforvalteren', pbrl: 'Helse- og omsorgstjenester',
        service: 'Klage på tjenesten', coercion: 'Tvang (hol. §§ 10-2/10-3)', consent: 'Tilbakeholdelse etter samtykke' }
    },
    nn: {
      heading: 'Hjelp til å klage på eit vedtak',
      intro: 'Få vite kvar du sender klaga, fristen, kven som kan hjelpe og kva klaga må innehalde. Du får òg eit utkast til klagebrev.',
      municipality: 'Kommune', chooseMunicipality: 'Vel kommune', service: 'Tenesta vedtaket gjeld',
      chooseService: 'Vel teneste', decided: 'Datoen på vedtaket', decidedHint: 'Står i vedtaksbrevet.',
      learnt: 'Dagen du fekk vite om vedtaket', learntHint: 'Fristen blir rekna frå denne dagen. La feltet stå tomt om du ikkje veit.',
      regime: 'Klageordning', regimeAuto: 'Frå heimelen for tenesta (tilrådd)', submit: 'Vis hjelp til å klage',
      needMunicipality: 'Vel ein kommune.', needService: 'Vel ei teneste.',
      needDate: 'Skriv datoen på vedtaket eller dagen du fekk vite om det.',
      badDate: 'Skriv datoen som dag, månad og år.', order: 'Dagen du fekk vite om vedtaket kan ikkje vere før vedtaket.',
      future: 'Datoen kan ikkje vere etter i dag.', needRegime: 'Kommunen oppgir ikkje kva lov tenesta blir gitt etter. Vel ei klageordning.',
      failed: 'Fekk ikkje henta svaret. Prøv igjen seinare.',
      sendTo: 'Send klaga til', notStated: 'ikkje oppgitt', postal: 'Postadresse', visiting: 'Besøksadresse',
      phone: 'Telefon', email: 'E-post', noContact: 'Kontaktopplysningar: ikkje oppgitt i katalogen.',
      deadline: 'Frist', lastLate: 'Siste dag ei for sein klage kan handsamast', next: 'Kvar klaga går vidare',
      helpers: 'Kven kan hjelpe', free: 'gratis', contents: 'Kva klaga må innehalde', late: 'Dersom fristen har gått ut',
      notes: 'Merknader', letter: 'Utkast til klagebrev', copy: 'Kopier brevet', print: 'Skriv ut brevet',
      copied: 'Brevet er kopiert.', unverified: '(ikkje verifisert)',
      regimes: { municipal: 'Kommunalt vedtak utan særlov', fvl: 'Særlov med statsforvaltaren', pbrl: 'Helse- og omsorgstenester',
        service: 'Klage på tenesta', coercion: 'Tvang (hol. §§ 10-2/10-3)', consent: 'Tilbakehald etter samtykke' }
    },
    en: {
      heading: 'Help to complain about a decision',
      intro: 'Find out where to send the complaint, the deadline, who can help and what it must contain. You also get a letter skeleton.',
      municipality: 'Municipality', chooseMunicipality: 'Choose a municipality', service: 'The service the decision is about',
      chooseService: 'Choose a service', decided: 'The date of the decision', decidedHint: 'It is on the decision letter.',
      learnt: 'The day you learnt of the decision', learntHint: 'The deadline runs from this day. Leave it empty if you do not know.',
      regime: 'Complaint regime', regimeAuto: "From the service's legal basis (recommended)", submit: 'Show help to complain',
      needMunicipality: 'Choose a municipality.', needService: 'Choose a service.',
      needDate: 'Enter the date of the decision or the day you learnt of it.',
      badDate: 'Enter the date as day, month and year.', order: 'The day you learnt of the decision cannot be before the decision.',
      future: 'The date cannot be after today.', needRegime: 'The municipality does not state the act the service is given under. Choose a regime.',
      failed: 'Could not fetch the answer. Please try again later.',
      sendTo: 'Send the complaint to', notStated: 'not stated', postal: 'Postal address', visiting: 'Visiting address',
      phone: 'Phone', email: 'E-mail', noContact: 'Contact details: not stated in the catalog.',
      deadline: 'Deadline', lastLate: 'Last day a late complaint can be considered', next: 'Where the complaint goes next',
      helpers: 'Who can help', free: 'free', contents: 'What the complaint must contain', late: 'If the deadline has passed',
      notes: 'Notes', letter: 'Letter skeleton', copy: 'Copy the letter', print: 'Print the letter',
      copied: 'The letter has been copied.', unverified: '(unverified)',
      regimes: { municipal: 'Municipal decision, no special act', fvl: 'Special act with the county governor', pbrl: 'Health and care services',
        service: 'Complaint about the service', coercion: 'Coercion (hol §§ 10-2/10-3)', consent: 'Detention on own consent' }
    }
  }[LANG];

  function el(tag, text, attrs) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  function tx(t) { return t ? (t[LANG] || t.nb) : ''; }
  function date(iso) { const p = iso.split('-'); return p[2] + '.' + p[1] + '.' + p[0]; }
  function cite(r) {
    const ACT = { FORVALTNINGSLOVEN: 'fvl', PASIENT_OG_BRUKERRETTIGHETSLOVEN: 'pbrl', HELSE_OG_OMSORGSTJENESTELOVEN: 'hol',
      SIVILOMBUDSLOVEN: 'sivilombudsloven', SOSIALTJENESTELOVEN: 'stl' };
    return (ACT[r.act] || r.act) + ' § ' + r.section + (r.paragraph ? ' (' + r.paragraph + ')' : '')
      + (r.unverified ? ' ' + T.unverified : '');
  }
  function field(id, label, control, hint) {
    const wrap = el('div');
    wrap.appendChild(el('label', label, { for: id }));
    control.id = id;
    const described = [];
    if (hint) { described.push(id + '-hint'); }
    described.push(id + '-error');
    control.setAttribute('aria-describedby', described.join(' '));
    wrap.appendChild(control);
    if (hint) wrap.appendChild(el('div', hint, { id: id + '-hint' }));
    wrap.appendChild(el('div', '', { id: id + '-error', class: 'error' }));
    return wrap;
  }

  root.appendChild(el('h2', T.heading, { id: 'complaint-heading' }));
  root.appendChild(el('p', T.intro));
  const form = el('form', null, { id: 'complaint-form', novalidate: '' });
  const muni = el('select'); muni.appendChild(el('option', T.chooseMunicipality, { value: '' }));
  const service = el('select'); service.appendChild(el('option', T.chooseService, { value: '' }));
  const decided = el('input', null, { type: 'date' });
  const learnt = el('input', null, { type: 'date' });
  const regime = el('select');
  regime.appendChild(el('option', T.regimeAuto, { value: '' }));
  Object.keys(T.regimes).forEach(function (k) { regime.appendChild(el('option', T.regimes[k], { value: k })); });
  form.appendChild(field('complaint-municipality', T.municipality, muni));
  form.appendChild(field('complaint-service', T.service, service));
  form.appendChild(field('complaint-decided', T.decided, decided, T.decidedHint));
  form.appendChild(field('complaint-learnt', T.learnt, learnt, T.learntHint));
  form.appendChild(field('complaint-regime', T.regime, regime));
  const submitWrap = el('div');
  submitWrap.appendChild(el('button', T.submit, { type: 'submit', id: 'complaint-submit' }));
  form.appendChild(submitWrap);
  root.appendChild(form);
  const status = el('div', '', { id: 'complaint-status', role: 'alert', class: 'error' });
  root.appendChild(status);
  const result = el('div', null, { id: 'complaint-result', 'aria-live': 'polite', tabindex: '-1' });
  root.appendChild(result);

  fetch('api/municipalities').then(function (r) { return r.json(); }).then(function (data) {
    data.municipalities.filter(function (m) { return m.existsOnDate; }).forEach(function (m) {
      muni.appendChild(el('option', m.name + (m.number ? ' (' + m.number + ')' : ''), { value: m.id }));
    });
  }).catch(function () { status.textContent = T.failed; });

  muni.addEventListener('change', function () {
    while (service.options.length > 1) service.remove(1);
    if (!muni.value) return;
    fetch('api/municipalities/' + encodeURIComponent(muni.value) + '/services').then(function (r) { return r.json(); })
      .then(function (data) {
        (data.services || []).forEach(function (s) { service.appendChild(el('option', tx(s.name), { value: s.id })); });
      }).catch(function () { status.textContent = T.failed; });
  });

  function fieldError(control, message) {
    document.getElementById(control.id + '-error').textContent = message;
    control.setAttribute('aria-invalid', 'true');
  }
  function clearErrors() {
    status.textContent = '';
    [muni, service, decided, learnt, regime].forEach(function (c) {
      document.getElementById(c.id + '-error').textContent = '';
      c.removeAttribute('aria-invalid');
    });
  }

  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    clearErrors();
    let first = null;
    function bad(c, m) { fieldError(c, m); first = first || c; }
    if (!muni.value) bad(muni, T.needMunicipality);
    if (!service.value) bad(service, T.needService);
    if (!decided.value && !learnt.value) bad(decided, T.needDate);
    if (first) { first.focus(); return; }
    const q = [];
    if (decided.value) q.push('decided=' + encodeURIComponent(decided.value));
    if (learnt.value) q.push('learnt=' + encodeURIComponent(learnt.value));
    if (regime.value) q.push('regime=' + encodeURIComponent(regime.value));
    fetch('api/municipalities/' + encodeURIComponent(muni.value) + '/services/' + encodeURIComponent(service.value)
        + '/complaint-help?' + q.join('&'))
      .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, json: j }; }); })
      .then(function (a) {
        if (!a.ok) { showError(a.json); return; }
        render(a.json);
      }).catch(function () { status.textContent = T.failed; });
  });

  function showError(e) {
    const target = { decided: decided, learnt: learnt, regime: regime, service: service, municipality: muni }[e.field];
    const msg = e.rule === 'ORDER' ? T.order : e.rule === 'RANGE' && target ? T.future
      : e.rule === 'FORMAT' && (e.field === 'decided' || e.field === 'learnt') ? T.badDate
      : e.field === 'regime' ? T.needRegime : e.message;
    if (target) { fieldError(target, msg); target.focus(); } else { status.textContent = msg; }
  }

  function section(title) {
    const s = el('section');
    s.appendChild(el('h3', title));
    result.appendChild(s);
    return s;
  }
  function list(parent, items) {
    const ul = el('ul');
    items.forEach(function (t) { ul.appendChild(el('li', t)); });
    parent.appendChild(ul);
  }

  function render(a) {
    const g = a.guide;
    result.textContent = '';
    result.appendChild(el('h3', tx(g.regimeTitle) + ' – ' + tx(g.serviceName)));
    if (g.addressee) {
      const s = section(T.sendTo);
      s.appendChild(el('p', tx(g.addressee.bodyName) + (g.addressee.bodyUnverified ? ' ' + T.unverified : '')));
      if (!g.addressee.units || g.addressee.units.length === 0) s.appendChild(el('p', T.noContact));
      (g.addressee.units || []).forEach(function (u) {
        s.appendChild(el('p', tx(u.name)));
        (u.contactPoints || []).forEach(function (c) {
          const addr = function (x) { return x ? [x.recipient, x.street, x.poBox ? 'Postboks ' + x.poBox : null,
            (x.postcode ? x.postcode + ' ' : '') + x.place].filter(Boolean).join(', ') : T.notStated; };
          const dl = el('dl');
          [[T.postal, addr(c.postalAddress)], [T.visiting, addr(c.visitingAddress)],
            [T.phone, (c.phones || []).join(' / ') || T.notStated], [T.email, (c.emails || []).join(' / ') || T.notStated]]
            .forEach(function (p) { dl.appendChild(el('dt', p[0])); dl.appendChild(el('dd', p[1])); });
          s.appendChild(dl);
        });
      });
      s.appendChild(el('p', tx(g.addressee.description)));
    }
    const d = section(T.deadline);
    if (g.deadline) d.appendChild(el('p', date(g.deadline.due) + ' – ' + tx(a.deadlineTrace)));
    d.appendChild(el('p', { IN_TIME: { nb: 'Fristen har ikke gått ut.', nn: 'Fristen har ikkje gått ut.', en: 'The deadline has not passed.' },
      LATE: { nb: 'Fristen har gått ut. Du kan likevel klage.', nn: 'Fristen har gått ut. Du kan likevel klage.', en: 'The deadline has passed. You can still complain.' },
      BARRED: { nb: 'Fristen har gått ut, og det er gått mer enn ett år siden vedtaket.', nn: 'Fristen har gått ut, og det har gått meir enn eitt år sidan vedtaket.', en: 'The deadline has passed and more than a year has passed since the decision.' },
      NO_DEADLINE: { nb: 'Det er ingen klagefrist.', nn: 'Det er inga klagefrist.', en: 'There is no deadline.' } }[g.timing][LANG]));
    if (g.lateComplaintBar) d.appendChild(el('p', T.lastLate + ': ' + date(g.lateComplaintBar.due)));
    if (g.nextSteps && g.nextSteps.length) {
      const n = section(T.next);
      const ol = el('ol');
      g.nextSteps.forEach(function (st) {
        const li = el('li');
        li.appendChild(el('strong', tx(st.bodyName)));
        li.appendChild(el('p', tx(st.description)));
        ol.appendChild(li);
      });
      n.appendChild(ol);
    }
    list(section(T.helpers), (g.helpers || []).map(function (h) {
      return tx(h.name) + ': ' + tx(h.description) + (h.free ? ' (' + T.free + ')' : '')
        + (h.legalReference ? ' – ' + cite(h.legalReference) : '');
    }));
    const c = section(T.contents + (g.contentsBasis ? ' (' + cite(g.contentsBasis) + ')' : ''));
    const PART = {
      DECISION: { nb: 'Hvilket vedtak du klager på', nn: 'Kva vedtak du klagar på', en: 'The decision you complain about' },
      SERVICE: { nb: 'Hvilken tjeneste du klager på', nn: 'Kva teneste du klagar på', en: 'The service you complain about' },
      WHAT_IS_WRONG: { nb: 'Hva du er misfornøyd med', nn: 'Kva du er misnøgd med', en: 'What you are unhappy with' },
      CHANGE_WANTED: { nb: 'Hva du ønsker endret', nn: 'Kva du ønskjer endra', en: 'What you want changed' },
      REASONS: { nb: 'Hvorfor vedtaket bør endres', nn: 'Kvifor vedtaket bør endrast', en: 'Why the decision should change' },
      SIGNATURE: { nb: 'Underskriften din', nn: 'Underskrifta di', en: 'Your signature' }
    };
    list(c, (g.contents || []).map(function (p) { return PART[p][LANG]; }));
    c.appendChild(el('p', tx(g.contentsNote)));
    const l = section(T.late + ((g.lateComplaintReferences || []).length ? ' (' + g.lateComplaintReferences.map(cite).join(', ') + ')' : ''));
    l.appendChild(el('p', tx(g.lateComplaint)));
    if (g.notes && g.notes.length) list(section(T.notes), g.notes.map(tx));
    if (a.letter) {
      const s = section(T.letter);
      const text = tx(a.letter);
      const pre = el('pre', text, { id: 'complaint-letter', tabindex: '0', 'aria-label': T.letter });
      s.appendChild(pre);
      const copy = el('button', T.copy, { type: 'button', id: 'complaint-copy' });
      const print = el('button', T.print, { type: 'button', id: 'complaint-print' });
      const done = el('span', '', { role: 'status' });
      copy.addEventListener('click', function () {
        if (navigator.clipboard) navigator.clipboard.writeText(text).then(function () { done.textContent = T.copied; });
      });
      print.addEventListener('click', function () {
        const w = window.open('', '_blank');
        if (!w) return;
        w.document.documentElement.lang = LANG;
        w.document.title = T.letter;
        const p = w.document.createElement('pre');
        p.textContent = text;
        p.style.whiteSpace = 'pre-wrap';
        w.document.body.appendChild(p);
        w.print();
      });
      s.appendChild(copy);
      s.appendChild(print);
      s.appendChild(done);
    }
    result.focus();
  }
})();
