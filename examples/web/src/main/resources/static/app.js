'use strict';
(function () {
  const form = document.getElementById('questions');
  const result = document.getElementById('result');
  const errors = document.getElementById('errors');
  const errorList = document.getElementById('error-list');
  // The page's language and its texts, both chosen by the server (Page.java).
  const LANG = document.documentElement.lang || 'nb';
  const TEXTS = JSON.parse(document.getElementById('texts').textContent);
  const LOCALE = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' }[LANG] || 'nb-NO';
  const FIELD = { municipality: 'municipality', '$.age': 'age', age: 'age', '$.birthDate': 'age' };

  /** The page's text for a key, with {name} parts filled in. */
  function t(key, values) {
    let s = TEXTS[key];
    if (s === undefined) throw new Error('no text ' + key);
    Object.keys(values || {}).forEach(function (k) { s = s.split('{' + k + '}').join(values[k]); });
    return s;
  }
  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  /** An element showing the library's localized text in the page's language, marked when it falls back to bokmål. */
  function lt(tag, text, cls) {
    const own = text[LANG];
    const e = el(tag, own !== undefined ? own : text.nb, cls);
    if (own === undefined && LANG !== 'nb') e.lang = 'nb';
    return e;
  }
  function ltString(text) {
    return text[LANG] !== undefined ? text[LANG] : text.nb;
  }
  function heading(tag, text, size) {
    const h = el(tag, text, 'ds-heading');
    h.setAttribute('data-size', size);
    return h;
  }
  /** A Norwegian number written as people read it: 468 95 582, 51 50 00 00; others as they are. */
  function phone(p) {
    const m = /^(\+47)?(\d{8})$/.exec(String(p).replace(/\s/g, ''));
    if (!m) return String(p);
    const d = m[2];
    const local = /^[49]/.test(d) ? d.slice(0, 3) + ' ' + d.slice(3, 5) + ' ' + d.slice(5)
      : d.slice(0, 2) + ' ' + d.slice(2, 4) + ' ' + d.slice(4, 6) + ' ' + d.slice(6);
    return ((m[1] ? '+47 ' : '') + local).replace(/ /g, '\u00a0'); // a number is not broken across lines
  }
  function radio(name) {
    const c = form.querySelector('input[name="' + name + '"]:checked');
    return c ? c.value : '';
  }
  function clearErrors() {
    errorList.textContent = '';
    errors.hidden = true;
    ['municipality', 'age'].forEach(function (f) {
      document.getElementById(f + '-error').textContent = '';
      document.getElementById(f).removeAttribute('aria-invalid');
    });
  }
  function fieldError(field, message) {
    document.getElementById(field + '-error').textContent = message;
    document.getElementById(field).setAttribute('aria-invalid', 'true');
    const a = el('a', message);
    a.href = '#' + field;
    a.addEventListener('click', function (ev) {
      ev.preventDefault();
      document.getElementById(field).focus();
    });
    const li = el('li');
    li.appendChild(a);
    errorList.appendChild(li);
  }
  function showErrors(message) {
    if (message) errorList.appendChild(el('li', message));
    errors.hidden = false;
    errors.focus();
  }

  fetch('api/municipalities').then(function (r) {
    if (!r.ok) throw new Error(String(r.status));
    return r.json();
  }).then(function (data) {
    const select = document.getElementById('municipality');
    data.municipalities.filter(function (m) { return m.existsOnDate; }).forEach(function (m) {
      const o = el('option', m.name + (m.number ? ' (' + m.number + ')' : ''));
      o.value = m.id;
      select.appendChild(o);
    });
    document.body.setAttribute('data-ready', 'true');
  }).catch(function () { showErrors(t('error.list')); });

  function validate() {
    let ok = true;
    if (!form.municipality.value) {
      fieldError('municipality', t('error.municipality'));
      ok = false;
    }
    const age = form.age.value.trim();
    if (age !== '' && !/^\d{1,3}$/.test(age)) {
      fieldError('age', t('error.age.format'));
      ok = false;
    } else if (age !== '' && Number(age) > 130) {
      fieldError('age', t('error.age.range'));
      ok = false;
    }
    if (!ok) showErrors();
    return ok;
  }

  function contactBlock(c) {
    const li = el('li');
    const cp = c.contactPoint;
    const name = el('strong');
    name.appendChild(lt('span', c.unit));
    if (ltString(cp.label) !== ltString(c.unit)) {
      name.appendChild(document.createTextNode(' – '));
      name.appendChild(lt('span', cp.label));
    }
    li.appendChild(name);
    li.appendChild(el('span', ' (' + t(c.openNow ? 'result.openNow' : 'result.closedNow') + ')'));
    (cp.phones || []).forEach(function (p) {
      const a = el('a', t('result.call', { phone: phone(p) }), 'ds-link');
      a.href = 'tel:' + String(p).replace(/\s/g, '');
      li.appendChild(document.createTextNode(' '));
      li.appendChild(a);
    });
    if (!c.openNow && c.nextOpening) {
      li.appendChild(el('div', t('result.opensAgain', {
        time: new Date(c.nextOpening).toLocaleString(LOCALE, { timeZone: 'Europe/Oslo', dateStyle: 'full', timeStyle: 'short' })
      })));
    }
    if (!c.openNow && c.fallback) li.appendChild(el('div', t('result.afterHours', { text: ltString(c.fallback.text) })));
    return li;
  }

  function render(answer, triage) {
    result.textContent = '';
    result.appendChild(heading('h2', t('result.nextSteps', { title: ltString(triage.title) }), 'md'));
    const ol = el('ol', undefined, 'ds-list steps');
    ol.id = 'steps';
    triage.steps.forEach(function (st) {
      const li = el('li');
      li.appendChild(lt('strong', st.title));
      li.appendChild(lt('p', st.action, 'ds-paragraph'));
      if (st.contact && st.contact.phone) {
        const p = el('p', undefined, 'ds-paragraph');
        p.appendChild(lt('span', st.contact.name));
        p.appendChild(document.createTextNode(': '));
        const a = el('a', phone(st.contact.phone), 'ds-link');
        a.href = 'tel:' + String(st.contact.phone).replace(/\s/g, '');
        p.appendChild(a);
        li.appendChild(p);
      }
      ol.appendChild(li);
    });
    result.appendChild(ol);
    result.appendChild(heading('h2', t('result.services', { name: answer.municipality.name }), 'md'));
    const order = { ELIGIBLE: 0, UNKNOWN: 1, NOT_ELIGIBLE: 2 };
    const services = answer.services.slice().sort(function (a, b) {
      return order[a.verdict ? a.verdict.outcome : 'UNKNOWN'] - order[b.verdict ? b.verdict.outcome : 'UNKNOWN'];
    });
    services.forEach(function (s) {
      const outcome = s.verdict ? s.verdict.outcome : 'UNKNOWN';
      const box = el('article', undefined, 'service ' + outcome);
      box.setAttribute('data-service', s.id);
      box.setAttribute('data-outcome', outcome);
      const head = el('div', undefined, 'service__head');
      const h3 = lt('h3', s.name, 'ds-heading');
      h3.setAttribute('data-size', 'sm');
      head.appendChild(h3);
      const tag = el('span', t('outcome.' + outcome), 'ds-tag');
      tag.setAttribute('data-color', { ELIGIBLE: 'success', NOT_ELIGIBLE: 'danger', UNKNOWN: 'warning' }[outcome]);
      head.appendChild(tag);
      box.appendChild(head);
      const verdict = s.verdict ? lt('p', s.answer, 'ds-paragraph verdict') : el('p', t('result.noSource'), 'ds-paragraph verdict');
      verdict.textContent = verdict.textContent.charAt(0).toUpperCase() + verdict.textContent.slice(1);
      box.appendChild(verdict);
      if (s.description) box.appendChild(lt('p', s.description, 'ds-paragraph'));
      if (s.verdict && s.verdict.reasons.length) {
        const why = el('details', undefined, 'ds-details why');
        why.appendChild(el('summary', t('result.whyHeading')));
        const ul = el('ul', undefined, 'ds-list reasons');
        s.verdict.reasons.forEach(function (r) { ul.appendChild(lt('li', r.explanation)); });
        const body = el('div');
        body.appendChild(ul);
        why.appendChild(body);
        box.appendChild(why);
      }
      if (s.verdict && s.verdict.missingFacts.length) {
        box.appendChild(el('p', t('result.missing', {
          facts: s.verdict.missingFacts.map(function (f) { return TEXTS['fact.' + f] || f; }).join(', ')
        }), 'ds-paragraph'));
      }
      if (outcome !== 'NOT_ELIGIBLE' && s.contactNow.length) {
        box.appendChild(heading('h4', t('result.reachNow'), 'xs'));
        const ul = el('ul', undefined, 'ds-list contacts');
        s.contactNow.forEach(function (c) { ul.appendChild(contactBlock(c)); });
        box.appendChild(ul);
      }
      result.appendChild(box);
    });
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
        if (f) fieldError(f, t('error.invalid'));
        showErrors(t('error.answer'));
        return;
      }
      render(e.body, both[1]);
    }).catch(function () { showErrors(t('error.network')); });
  });
})();
