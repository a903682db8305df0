'use strict';
(function () {
  const form = document.getElementById('questions');
  const result = document.getElementById('result');
  const errors = document.getElementById('errors');

  const FACT = {
    BIRTH_DATE: 'alder', MUNICIPALITY_RELATION: 'om personen bor i kommunen', SUBSTANCE_PROBLEM: 'om personen har et rusproblem',
    RELATIVE: 'om du er pårørende', PARTNER_AGENCY: 'om du kontakter på vegne av en instans', PREGNANT: 'graviditet',
    HOMELESS: 'bolig', CO_OCCURRING_MENTAL_ILLNESS: 'psykisk lidelse', IN_LAR: 'om personen er i LAR',
    ACTING_FOR_ANOTHER: 'om du handler for en annen', POWER_OF_ATTORNEY: 'fullmakt'
  };
  const FIELD = { municipality: 'municipality', '$.age': 'age', age: 'age' };

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function radio(name) {
    const c = form.querySelector('input[name="' + name + '"]:checked');
    return c ? c.value : '';
  }
  function clearErrors() {
    errors.textContent = '';
    ['municipality', 'age'].forEach(function (f) {
      document.getElementById(f + '-error').textContent = '';
      document.getElementById(f).removeAttribute('aria-invalid');
    });
  }
  function fieldError(field, message) {
    document.getElementById(field + '-error').textContent = message;
    document.getElementById(field).setAttribute('aria-invalid', 'true');
  }
  function showError(message) {
    errors.appendChild(el('p', message, 'error'));
  }

  fetch('api/municipalities').then(function (r) { return r.json(); }).then(function (data) {
    const select = document.getElementById('municipality');
    data.municipalities.filter(function (m) { return m.existsOnDate; }).forEach(function (m) {
      const o = el('option', m.name + (m.number ? ' (' + m.number + ')' : ''));
      o.value = m.id;
      select.appendChild(o);
    });
  }).catch(function () { showError('Klarte ikke å hente listen over kommuner. Prøv igjen senere.'); });

  function validate() {
    let ok = true;
    if (!form.municipality.value) {
      fieldError('municipality', 'Velg en kommune.');
      ok = false;
    }
    const age = form.age.value.trim();
    if (age !== '' && !/^\d{1,3}$/.test(age)) {
      fieldError('age', 'Skriv alderen som et helt tall, for eksempel 34.');
      ok = false;
    } else if (age !== '' && Number(age) > 130) {
      fieldError('age', 'Alderen kan ikke være over 130 år.');
      ok = false;
    }
    if (!ok) showError('Noe mangler eller er feil i skjemaet. Se meldingene ved feltene.');
    return ok;
  }

  function contactBlock(c) {
    const li = el('li');
    const cp = c.contactPoint;
    li.appendChild(el('strong', c.unit.nb + ' – ' + cp.label.nb));
    li.appendChild(el('span', c.openNow ? ' (åpent nå)' : ' (stengt nå)'));
    (cp.phones || []).forEach(function (p) {
      const a = el('a', ' Ring ' + p);
      a.href = 'tel:' + String(p).replace(/\s/g, '');
      li.appendChild(document.createTextNode(' '));
      li.appendChild(a);
    });
    if (!c.openNow && c.nextOpening) {
      li.appendChild(el('div', 'Åpner igjen ' + new Date(c.nextOpening).toLocaleString('nb-NO', { timeZone: 'Europe/Oslo' })));
    }
    if (!c.openNow && c.fallback) li.appendChild(el('div', 'Utenom åpningstid: ' + c.fallback.text.nb));
    return li;
  }

  function render(answer, triage) {
    result.textContent = '';
    result.appendChild(el('h2', 'Tjenester i ' + answer.municipality.name));
    const order = { ELIGIBLE: 0, UNKNOWN: 1, undefined: 1, NOT_ELIGIBLE: 2 };
    const services = answer.services.slice().sort(function (a, b) {
      return order[a.verdict && a.verdict.outcome] - order[b.verdict && b.verdict.outcome];
    });
    services.forEach(function (s) {
      const outcome = s.verdict ? s.verdict.outcome : 'UNKNOWN';
      const box = el('article', undefined, 'service ' + outcome);
      box.setAttribute('data-service', s.id);
      box.setAttribute('data-outcome', outcome);
      box.appendChild(el('h3', s.name.nb));
      box.appendChild(el('p', s.verdict ? s.answer.nb : 'Kilden sier ikke hvem tjenesten er for.', 'verdict'));
      if (s.description) box.appendChild(el('p', s.description.nb));
      if (s.verdict && s.verdict.reasons.length) {
        const ul = el('ul');
        s.verdict.reasons.forEach(function (r) { ul.appendChild(el('li', r.explanation.nb)); });
        box.appendChild(ul);
      }
      if (s.verdict && s.verdict.missingFacts.length) {
        box.appendChild(el('p', 'For å svare sikkert trenger vi: ' + s.verdict.missingFacts.map(function (f) { return FACT[f] || f; }).join(', ') + '.'));
      }
      if (outcome !== 'NOT_ELIGIBLE' && s.contactNow.length) {
        box.appendChild(el('h4', 'Slik når du dem nå'));
        const ul = el('ul');
        s.contactNow.forEach(function (c) { ul.appendChild(contactBlock(c)); });
        box.appendChild(ul);
      }
      result.appendChild(box);
    });
    result.appendChild(el('h2', 'Neste steg: ' + triage.title.nb));
    const ol = el('ol');
    ol.id = 'steps';
    triage.steps.forEach(function (st) {
      const li = el('li');
      li.appendChild(el('strong', st.title.nb));
      li.appendChild(el('p', st.action.nb));
      if (st.contact && st.contact.phone) li.appendChild(el('p', st.contact.name.nb + ': ' + st.contact.phone));
      ol.appendChild(li);
    });
    result.appendChild(ol);
    result.focus();
  }

  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    clearErrors();
    if (!validate()) return;
    const body = {};
    if (form.age.value.trim() !== '') body.age = Number(form.age.value.trim());
    if (radio('residency')) body.residency = radio('residency');
    body.roles = radio('who') === 'relative' ? ['RELATIVE'] : ['SUBSTANCE_PROBLEM'];
    if (radio('pregnant')) body.pregnant = radio('pregnant') === 'true';
    if (radio('homeless')) body.homeless = radio('homeless') === 'true';
    const m = encodeURIComponent(form.municipality.value);
    const situation = radio('who') === 'relative' ? 'RELATIVE_SEEKING_HELP' : form.situation.value;
    Promise.all([
      fetch('api/municipalities/' + m + '/eligibility', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
      }).then(function (r) { return r.json().then(function (j) { return { ok: r.ok, body: j }; }); }),
      fetch('api/triage?situation=' + encodeURIComponent(situation)).then(function (r) { return r.json(); })
    ]).then(function (both) {
      const e = both[0];
      if (!e.ok) {
        const f = FIELD[e.body.field];
        if (f) fieldError(f, 'Ugyldig verdi: ' + e.body.message);
        showError('Vi kunne ikke svare: ' + e.body.message);
        return;
      }
      render(e.body, both[1]);
    }).catch(function () { showError('Noe gikk galt. Prøv igjen senere.'); });
  });
})();
