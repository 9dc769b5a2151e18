// The newsgraph page: search, article, entity, relations and analysis views over the REST API.
// Article text, titles and names are hostile input: they only ever become text nodes (el() and
// textContent), links are built from validated ids or checked to be http(s), never innerHTML.
'use strict';

const view = document.getElementById('view');
const FURNITURE = new Set(['teaser', 'advert', 'credit', 'appendix']);
const KIND_LABEL = {
  headline: 'headline', subtitle: 'subtitle', lead: 'lead', subheading: 'subheading',
  teaser: 'teaser (link to other content)', advert: 'advert', credit: 'credit line',
  appendix: 'appended after the article'
};
const QUAD = {1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict'};
let charts = [];

/** Builds an element; strings among the children become text nodes. */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'href') e.setAttribute('href', v);
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

/** An http(s) URL from data, or null: no javascript:, data: or other schemes. */
function safeUrl(u) {
  if (typeof u !== 'string') return null;
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch (e) {
    return null;
  }
}

function external(u, text) {
  const href = safeUrl(u);
  return href ? el('a', {href, rel: 'noopener noreferrer nofollow', target: '_blank'}, text || u) : (text || u);
}

function route(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    for (const x of [].concat(v)) if (x !== undefined && x !== null && x !== '') q.append(k, x);
  }
  const s = q.toString();
  return '#/' + path + (s ? '?' + s : '');
}

function articleLink(id, title) {
  return el('a', {href: route('article/' + encodeURIComponent(id)), class: 'article-link'}, title || '(untitled)');
}

function entityHref(kb) {
  return /^Q[1-9][0-9]*$/.test(kb || '') ? route('entity/' + kb) : null;
}

async function api(path, init) {
  const r = await fetch(path, init);
  let body;
  try {
    body = await r.json();
  } catch (e) {
    throw new Error('HTTP ' + r.status + ' from ' + path);
  }
  if (!r.ok) throw new Error(body && body.error ? body.error : 'HTTP ' + r.status);
  return body;
}

function show(...nodes) {
  charts.forEach(c => c.dispose());
  charts = [];
  view.replaceChildren(...nodes);
}

function errorBox(e) {
  return el('div', {class: 'error', role: 'alert'}, String(e.message || e));
}

function chart(node, option) {
  if (!window.echarts) {
    node.replaceChildren(el('p', {class: 'muted'}, 'The chart library did not load.'));
    return null;
  }
  const c = echarts.init(node, null, {renderer: 'svg'});
  // Drawing waits for an animation frame; a point can be clicked (and tested) once it is drawn.
  c.on('finished', () => { node.dataset.rendered = 'true'; });
  c.setOption(Object.assign({animation: false, tooltip: {trigger: 'axis', renderMode: 'richText'}}, option));
  charts.push(c);
  return c;
}

// ---- search ---------------------------------------------------------------------------------

const FACETS = [
  ['outlet', 'Outlet'], ['lang', 'Language'], ['year', 'Year'], ['entity', 'Entities'],
  ['actor', 'Actors'], ['event', 'Event codes'], ['agency', 'Agencies']
];

async function searchView(params) {
  const q = params.get('q') || '';
  const form = el('form', {class: 'searchbar', role: 'search', id: 'search-form'},
    el('label', {}, 'Words or a query',
      el('input', {type: 'search', name: 'q', value: q, id: 'q', placeholder: 'e.g. grain exports, or title:Ukraine', autofocus: true})),
    el('label', {}, 'From', el('input', {type: 'date', name: 'from', value: params.get('from') || ''})),
    el('label', {}, 'To', el('input', {type: 'date', name: 'to', value: params.get('to') || ''})),
    el('label', {}, 'Order',
      el('select', {name: 'sort'},
        el('option', {value: 'relevance', selected: params.get('sort') !== 'date'}, 'best match'),
        el('option', {value: 'date', selected: params.get('sort') === 'date'}, 'newest first'))),
    el('button', {type: 'submit'}, 'Search'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const next = new URLSearchParams(params);
    for (const name of ['q', 'from', 'to', 'sort']) {
      const v = form.elements[name].value.trim();
      if (v) next.set(name, v); else next.delete(name);
    }
    next.delete('page');
    location.hash = '#/search?' + next.toString();
  });
  const results = el('div', {id: 'results'}, el('p', {class: 'muted'}, 'Searching…'));
  show(el('h1', {}, 'Search the collection'),
    el('p', {class: 'help'}, 'Type words to find articles (matches are highlighted), or leave it empty to browse the newest. ' +
      'Click a value on the left to narrow the results; click a title to read the article with its entities, quotes and events.'),
    form, results);
  let data;
  try {
    data = await api('/api/articles?' + params.toString());
  } catch (e) {
    results.replaceChildren(errorBox(e));
    return;
  }
  const labels = data.labels || {};
  const chips = el('div', {class: 'chips'});
  for (const [name, label] of [['entity', 'entity'], ['actor', 'actor'], ['event', 'event'], ['outlet', 'outlet'], ['lang', 'language'], ['from', 'from'], ['to', 'to']]) {
    for (const v of params.getAll(name)) {
      const without = new URLSearchParams(params);
      without.delete(name);
      params.getAll(name).filter(x => x !== v).forEach(x => without.append(name, x));
      without.delete('page');
      chips.append(el('span', {class: 'chip'}, label + ': ' + (labels[v] || v),
        el('a', {href: '#/search?' + without.toString(), title: 'remove this filter', 'aria-label': 'remove filter'}, '×')));
    }
  }
  const facets = el('aside', {class: 'facets'});
  for (const [field, title] of FACETS) {
    const values = (data.facets || {})[field];
    if (!values || values.length === 0) continue;
    const list = el('ul');
    for (const v of values) {
      const next = new URLSearchParams(params);
      next.delete('page');
      if (field === 'year') {
        next.set('from', v.value + '-01-01');
        next.set('to', v.value + '-12-31');
      } else {
        next.append(field, v.value);
      }
      const name = field === 'entity' ? (labels[v.value] || v.value) : v.value;
      list.append(el('li', {}, el('a', {href: '#/search?' + next.toString(), 'data-facet': field}, el('span', {}, name), el('span', {class: 'count'}, v.count))));
    }
    facets.append(el('div', {class: 'facet'}, el('h3', {}, title), list));
  }
  const hits = el('div', {class: 'hits'});
  if (data.hits.length === 0) {
    hits.append(el('div', {class: 'empty'}, data.total === 0 ? 'No article matches. Try fewer words or remove a filter.' : 'No more results on this page.'));
  }
  for (const h of data.hits) {
    const snippet = el('div', {class: 'snippet'});
    for (const p of h.snippet) snippet.append(p.match ? el('mark', {}, p.text) : document.createTextNode(p.text));
    hits.append(el('article', {class: 'hit'},
      el('a', {class: 'title', href: route('article/' + h.id)}, h.title || '(untitled)'),
      el('div', {class: 'meta'}, [h.outlet, (h.published || '').slice(0, 10), h.language].filter(Boolean).join(' · '),
        h.duplicateOf ? el('span', {class: 'badge', title: 'a near-copy of an earlier article'}, 'copy') : null,
        h.story && h.story !== h.id ? el('span', {}, ' · ', el('a', {href: route('story/' + h.story)}, 'story')) : null),
      snippet));
  }
  const pages = Math.ceil(data.total / data.size);
  const pager = el('div', {class: 'pager'});
  if (data.page > 1) pager.append(el('a', {href: '#/search?' + withParam(params, 'page', data.page - 1)}, '← previous'));
  pager.append(el('span', {class: 'muted'}, 'page ' + data.page + ' of ' + Math.max(1, pages)));
  if (data.page < pages && data.page < 100) pager.append(el('a', {href: '#/search?' + withParam(params, 'page', data.page + 1)}, 'next →'));
  results.replaceChildren(chips, el('div', {class: 'layout'}, facets,
    el('section', {}, el('p', {class: 'muted', id: 'total'}, data.total.toLocaleString('en') + ' articles' + (q ? ' match' : '')), hits, pager)));
}

function withParam(params, name, value) {
  const next = new URLSearchParams(params);
  next.set(name, value);
  return next.toString();
}

// ---- article --------------------------------------------------------------------------------

async function articleView(id) {
  show(el('p', {class: 'muted'}, 'Loading the article…'));
  try {
    const a = await api('/api/articles/' + encodeURIComponent(id));
    show(...renderArticle(a, true));
  } catch (e) {
    show(errorBox(e));
  }
}

/** The article with its annotations: the text with segments, entities and quotes, and the lists beside it. */
function renderArticle(a, stored) {
  const credit = a.credit || {};
  const meta = el('div', {class: 'meta'},
    [credit.outlet, (a.published || '').slice(0, 10), a.language,
      (credit.authors || []).length ? 'by ' + credit.authors.join(', ') : null,
      (credit.agencies || []).length ? 'agencies: ' + credit.agencies.join(', ') : null].filter(Boolean).join(' · '));
  if (a.url) meta.append(' · ', external(a.url, 'original page'));
  if (stored && a.story && a.story !== a.id) meta.append(' · ', el('a', {href: route('story/' + a.story)}, 'other articles of this story'));
  const legend = el('div', {class: 'legend', 'aria-label': 'legend'},
    el('span', {class: 't-PERSON'}, 'person'), el('span', {class: 't-ORGANIZATION'}, 'organisation'),
    el('span', {class: 't-LOCATION'}, 'place'), el('span', {class: 't-MISC'}, 'other name'),
    el('span', {class: 'q'}, 'quoted words'),
    el('span', {class: 'furniture-sample'}, 'page furniture / appended text'),
    el('span', {class: 'badge warn'}, 'off-topic'));
  const text = el('div', {class: 'text', id: 'article-text'});
  for (const s of a.segments || []) text.append(renderSegment(a, s));
  return [
    el('h1', {id: 'article-title'}, a.title || '(untitled)'), meta, legend,
    el('div', {class: 'article-layout'}, el('section', {class: 'panel'}, text), sidePanel(a))
  ];
}

function renderSegment(a, s) {
  const furniture = FURNITURE.has(s.kind);
  const classes = ['segment', s.kind];
  if (furniture) classes.push('furniture');
  if (s.offTopic) classes.push('offtopic');
  const p = el('p', {class: classes.join(' '), 'data-kind': s.kind});
  if (furniture || s.kind === 'subtitle') p.append(el('span', {class: 'badge'}, KIND_LABEL[s.kind] || s.kind));
  if (s.offTopic) p.append(el('span', {class: 'badge warn', title: 'does not belong to the article'}, 'off-topic'));
  const marks = [];
  for (const e of a.entities || []) {
    for (const m of e.mentions || []) if (m.end > s.start && m.start < s.end) marks.push({start: m.start, end: m.end, entity: e});
  }
  const quotes = [];
  for (const q of a.quotes || []) {
    if (q.kind === 'scare') continue;
    for (const part of q.parts || [q]) if (part.end > s.start && part.start < s.end) quotes.push({start: part.start, end: part.end, quote: q});
  }
  const cuts = new Set([s.start, s.end]);
  for (const m of marks.concat(quotes)) {
    cuts.add(Math.max(s.start, m.start));
    cuts.add(Math.min(s.end, m.end));
  }
  const points = [...cuts].sort((x, y) => x - y);
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i], to = points[i + 1];
    const piece = a.text.slice(from, to);
    const m = marks.find(x => x.start <= from && x.end >= to);
    const q = quotes.find(x => x.start <= from && x.end >= to);
    let node;
    if (m) {
      const href = entityHref(m.entity.kb);
      const title = m.entity.name + ' (' + m.entity.type.toLowerCase() + (m.entity.kb ? ', ' + m.entity.kb : '') + ')';
      node = el(href ? 'a' : 'span', {class: 'ent t-' + m.entity.type + (q ? ' q' : ''), href, title, 'data-entity': m.entity.id}, piece);
    } else if (q) {
      const who = q.quote.speaker ? q.quote.speaker.text : 'unknown speaker';
      node = el('span', {class: 'q', title: (q.quote.direct ? 'quote' : 'reported speech') + ' by ' + who}, piece);
    } else {
      node = document.createTextNode(piece);
    }
    p.append(node);
  }
  return p;
}

function sidePanel(a) {
  const side = el('aside', {class: 'side'});
  const byId = new Map((a.entities || []).map(e => [e.id, e]));
  if (a.entities) {
    const list = el('ul', {id: 'entity-list'});
    for (const e of a.entities.slice(0, 40)) {
      const href = entityHref(e.kb);
      list.append(el('li', {},
        href ? el('a', {href, class: 'ent t-' + e.type}, e.name) : el('span', {class: 'ent t-' + e.type}, e.name),
        el('span', {class: 'muted'}, ' ' + e.type.toLowerCase() + ', ' + (e.mentions || []).length + '× ' +
          (e.actor ? '· ' + e.actor + ' ' : '') + (e.kb ? '' : '· not linked'))));
    }
    side.append(el('div', {class: 'panel'}, el('h2', {}, 'Entities (' + a.entities.length + ')'),
      a.entities.length ? list : el('p', {class: 'muted'}, 'No names found.')));
  } else {
    side.append(el('div', {class: 'panel'}, el('h2', {}, 'Entities'), el('p', {class: 'muted'}, 'Not analysed for this language.')));
  }
  if (a.quotes) {
    const speech = a.quotes.filter(q => q.kind !== 'scare');
    const list = el('ul', {id: 'quote-list'});
    for (const q of speech) {
      const sp = q.speaker;
      const entity = sp && sp.entity ? byId.get(sp.entity) : null;
      const who = entity ? (entityHref(entity.kb) ? el('a', {href: entityHref(entity.kb)}, entity.name) : entity.name)
        : (sp ? (sp.antecedent ? sp.antecedent.text : sp.text) : el('span', {class: 'muted'}, 'speaker not given'));
      list.append(el('li', {}, el('strong', {}, who), q.cue ? el('span', {class: 'muted'}, ' ' + q.cue) : null, ': ',
        q.direct ? '“' + q.text + '”' : q.text));
    }
    side.append(el('div', {class: 'panel'}, el('h2', {}, 'Quotes (' + speech.length + ')'),
      speech.length ? list : el('p', {class: 'muted'}, 'No quotes found.')));
  }
  if (a.events) {
    const table = el('table', {id: 'event-table'},
      el('tr', {}, el('th', {}, 'actors'), el('th', {}, 'CAMEO'), el('th', {class: 'num'}, 'Goldstein'), el('th', {}, 'kind')));
    for (const e of a.events) {
      table.append(el('tr', {title: e.text || ''},
        el('td', {}, (e.source || '?') + ' → ' + (e.target || '—')),
        el('td', {}, e.code + (e.cue ? ' (' + e.cue + ')' : '')),
        el('td', {class: 'num'}, e.goldstein === undefined || e.goldstein === null ? '' : Number(e.goldstein).toFixed(1)),
        el('td', {}, (QUAD[e.quadClass] || '') + (e.factuality && e.factuality !== 'asserted' ? ' · ' + e.factuality : ''))));
    }
    side.append(el('div', {class: 'panel'}, el('h2', {}, 'Events (' + a.events.length + ')'),
      a.events.length ? table : el('p', {class: 'muted'}, 'No events found.')));
  }
  if (a.tone) {
    const t = a.tone;
    side.append(el('div', {class: 'panel', id: 'tone'}, el('h2', {}, 'Tone'),
      el('p', {}, 'score ' + fmt(t.score) + ' (positive ' + fmt(t.positive) + '%, negative ' + fmt(t.negative) + '% of ' + t.words + ' words)')));
  }
  if (a.facts) {
    const list = el('ul', {id: 'fact-list'});
    for (const f of a.facts) {
      list.append(el('li', {}, f.text, ' ', f.source ? el('span', {class: 'muted'}, '(', external(f.source, 'source'), f.asOf ? ', as of ' + f.asOf : '', ')') : null,
        f.contradiction ? el('div', {class: 'badge warn'}, 'the article says otherwise: ' + f.contradiction.text) : null));
    }
    side.append(el('div', {class: 'panel'}, el('h2', {}, 'Background facts (' + a.facts.length + ')'),
      a.facts.length ? list : el('p', {class: 'muted'}, 'No background facts.')));
  }
  return side;
}

function plural(n, word) {
  return n + ' ' + word + (n === 1 ? '' : 's');
}

function fmt(x) {
  return x === undefined || x === null ? '–' : Number(x).toFixed(1);
}

// ---- entity ---------------------------------------------------------------------------------

async function entityView(kb) {
  show(el('p', {class: 'muted'}, 'Loading…'));
  let e;
  try {
    e = await api('/api/entities/' + encodeURIComponent(kb));
  } catch (err) {
    show(el('h1', {}, kb), errorBox(err));
    return;
  }
  const timeChart = el('div', {class: 'chart', id: 'mentions-chart'});
  const co = el('ul', {id: 'co-mentioned'});
  for (const c of e.coMentioned) co.append(el('li', {}, el('a', {href: route('entity/' + c.kb)}, c.name), el('span', {class: 'muted'}, ' ' + plural(c.articles, 'article'))));
  const quotes = el('ul', {id: 'entity-quotes'});
  for (const q of e.quotes) {
    quotes.append(el('li', {}, q.direct ? '“' + q.text + '”' : q.text, ' ',
      el('span', {class: 'muted'}, '— ', articleLink(q.article, q.title), q.published ? ', ' + q.published.slice(0, 10) : '')));
  }
  const recent = el('ul');
  for (const a of e.recentArticles) recent.append(el('li', {}, articleLink(a.id, a.title), el('span', {class: 'muted'}, ' ' + [a.outlet, (a.published || '').slice(0, 10)].filter(Boolean).join(' · '))));
  show(
    el('h1', {id: 'entity-name'}, e.name),
    el('div', {class: 'meta'}, [e.type && e.type.toLowerCase(), e.actor ? 'CAMEO actor ' + e.actor : null].filter(Boolean).join(' · '), ' · ',
      external('https://www.wikidata.org/wiki/' + e.kb, 'Wikidata ' + e.kb), ' · ',
      el('a', {href: route('search', {entity: e.kb, sort: 'date'})}, e.articles === 1 ? 'the article that mentions it' : 'all ' + e.articles + ' articles that mention it')),
    e.names.length > 1 ? el('p', {class: 'muted'}, 'Also written: ' + e.names.slice(1, 8).join(', ')) : null,
    el('div', {class: 'panel'}, el('h2', {}, 'Mentions over time'),
      el('p', {class: 'help'}, 'Articles that name it per month (bars) and how often they name it (line). Click a month to read its articles.'),
      e.mentionsOverTime.length ? timeChart : el('p', {class: 'muted'}, 'None of its articles has a date.'),
      e.undatedArticles ? el('p', {class: 'muted'}, plural(e.undatedArticles, 'article') + ' without a date ' + (e.undatedArticles === 1 ? 'is' : 'are') + ' not shown.') : null),
    el('div', {class: 'article-layout'},
      el('div', {class: 'panel'}, el('h2', {}, 'Quotes attributed to ' + e.name + ' (' + e.quotes.length + ')'),
        e.quotes.length ? quotes : el('p', {class: 'muted'}, 'No quote is attributed to this entity.'),
        el('h2', {}, 'Recent articles'), recent),
      el('div', {class: 'panel'}, el('h2', {}, 'Named in the same articles'),
        e.coMentioned.length ? co : el('p', {class: 'muted'}, 'No other linked entity.'))));
  if (e.mentionsOverTime.length) {
    const byMonth = new Map(e.mentionsOverTime.map(m => [m.period, m]));
    const months = monthsBetween(e.mentionsOverTime[0].period, e.mentionsOverTime[e.mentionsOverTime.length - 1].period);
    const c = chart(timeChart, {
      legend: {data: ['articles', 'mentions']},
      xAxis: {type: 'category', data: months},
      yAxis: {type: 'value', minInterval: 1},
      series: [
        {name: 'articles', type: 'bar', data: months.map(m => (byMonth.get(m) || {articles: 0}).articles)},
        {name: 'mentions', type: 'line', data: months.map(m => (byMonth.get(m) || {mentions: 0}).mentions)}
      ]
    });
    if (c) {
      c.on('click', p => {
        const month = months[p.dataIndex];
        const last = new Date(Date.UTC(+month.slice(0, 4), +month.slice(5, 7), 0)).toISOString().slice(0, 10);
        location.hash = route('search', {entity: e.kb, from: month + '-01', to: last, sort: 'date'});
      });
    }
  }
}

/** Every month from first to last (YYYY-MM), so that a time axis has no holes. */
function monthsBetween(first, last) {
  const out = [];
  let y = +first.slice(0, 4), m = +first.slice(5, 7);
  const end = +last.slice(0, 4) * 12 + +last.slice(5, 7);
  while (y * 12 + m <= end && out.length < 1200) {
    out.push(y + '-' + String(m).padStart(2, '0'));
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

// ---- story ----------------------------------------------------------------------------------

async function storyView(id) {
  try {
    const s = await api('/api/stories/' + encodeURIComponent(id));
    const list = el('ul');
    for (const a of s.articles) {
      list.append(el('li', {}, articleLink(a.id, a.title), el('span', {class: 'muted'}, ' ' + [a.outlet, (a.published || '').slice(0, 10)].filter(Boolean).join(' · ')),
        a.duplicateOf ? el('span', {class: 'badge'}, 'copy') : null));
    }
    show(el('h1', {}, 'A story in ' + s.size + ' articles'),
      el('p', {class: 'help'}, 'Articles that report the same story: near-copies (marked “copy”) and rewrites, oldest first.'), el('div', {class: 'panel'}, list));
  } catch (e) {
    show(errorBox(e));
  }
}

// ---- relations ------------------------------------------------------------------------------

async function relationsView(params) {
  const a = (params.get('a') || '').toUpperCase();
  const b = (params.get('b') || '').toUpperCase();
  const by = params.get('by') || 'month';
  const options = el('datalist', {id: 'actors'});
  const form = el('form', {class: 'searchbar', id: 'relations-form'},
    el('label', {}, 'Actor A', el('input', {type: 'text', name: 'a', value: a, list: 'actors', placeholder: 'e.g. RUS', required: true})),
    el('label', {}, 'Actor B', el('input', {type: 'text', name: 'b', value: b, list: 'actors', placeholder: 'e.g. UKR', required: true})),
    el('label', {}, 'Per', el('select', {name: 'by'}, ['day', 'week', 'month', 'year'].map(p => el('option', {value: p, selected: p === by}, p)))),
    el('button', {type: 'submit'}, 'Show'), options);
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    location.hash = route('relations', {a: form.elements.a.value.trim(), b: form.elements.b.value.trim(), by: form.elements.by.value});
  });
  const out = el('div', {id: 'relations-out'});
  const known = el('p', {class: 'help', id: 'known-actors'});
  show(el('h1', {}, 'Relations between two actors'),
    el('p', {class: 'help'}, 'Pick two CAMEO actor codes (countries such as RUS, UKR, USA; groups such as IGOUNO). ' +
      'The chart shows how many events each side directed at the other per period, and their mean Goldstein score ' +
      '(−10 conflict … +10 cooperation). Click a point to read its articles.'),
    form, known, out);
  api('/api/articles?size=1').then(d => {
    const actors = (d.facets || {}).actor || [];
    actors.forEach(x => options.append(el('option', {value: x.value}, plural(x.count, 'article'))));
    if (actors.length) {
      known.replaceChildren('Actors in the collection: ');
      actors.slice(0, 12).forEach((x, i) => known.append(i ? ', ' : '', el('a', {href: route('relations', {a: a || x.value, b: a ? x.value : b, by})}, x.value)));
    } else {
      known.textContent = 'No stored article has coded events (events[]) yet, so there is nothing to plot: events come from the event coder at ingest.';
    }
  }).catch(() => {});
  if (!a || !b) return;
  let r;
  try {
    r = await api('/api/relations?' + new URLSearchParams({a, b, by}).toString());
  } catch (e) {
    out.replaceChildren(errorBox(e));
    return;
  }
  if (r.rows.length === 0) {
    out.replaceChildren(el('div', {class: 'empty', id: 'relations-empty'}, 'No events between ' + r.a + ' and ' + r.b + ' in the stored articles.'));
    return;
  }
  const rows = by === 'month' ? filledMonths(r.rows) : r.rows;
  const node = el('div', {class: 'chart', id: 'relations-chart'});
  const table = el('table', {id: 'relations-table'},
    el('tr', {}, el('th', {}, by), el('th', {class: 'num'}, r.ab), el('th', {class: 'num'}, 'Goldstein'), el('th', {class: 'num'}, r.ba),
      el('th', {class: 'num'}, 'Goldstein'), el('th', {}, 'top events')));
  for (const row of r.rows) {
    const tops = el('td');
    row.top.forEach((t, i) => tops.append(i ? '; ' : '', t.direction + ' ' + t.code + ' ×' + t.count + ' ', articleLink(t.articleId, 'article')));
    table.append(el('tr', {},
      el('td', {}, el('a', {href: periodHref(r, row)}, row.period)),
      el('td', {class: 'num'}, row.ab.events), el('td', {class: 'num'}, fmt(row.ab.goldstein)),
      el('td', {class: 'num'}, row.ba.events), el('td', {class: 'num'}, fmt(row.ba.goldstein)), tops));
  }
  out.replaceChildren(el('div', {class: 'panel'}, node), el('div', {class: 'panel'}, table));
  const c = chart(node, {
    legend: {data: ['events ' + r.ab, 'events ' + r.ba, 'Goldstein ' + r.ab, 'Goldstein ' + r.ba]},
    xAxis: {type: 'category', data: rows.map(x => x.period)},
    yAxis: [{type: 'value', name: 'events', minInterval: 1}, {type: 'value', name: 'Goldstein', min: -10, max: 10}],
    series: [
      {name: 'events ' + r.ab, type: 'bar', data: rows.map(x => x.ab.events)},
      {name: 'events ' + r.ba, type: 'bar', data: rows.map(x => x.ba.events)},
      {name: 'Goldstein ' + r.ab, type: 'line', yAxisIndex: 1, connectNulls: true, symbolSize: 9, data: rows.map(x => x.ab.goldstein)},
      {name: 'Goldstein ' + r.ba, type: 'line', yAxisIndex: 1, connectNulls: true, symbolSize: 9, data: rows.map(x => x.ba.goldstein)}
    ]
  });
  if (c) c.on('click', p => { location.hash = periodHref(r, rows[p.dataIndex]); });
}

/** The rows with the months that had no event put in, empty, so that the time axis has no holes. */
function filledMonths(rows) {
  const known = new Map(rows.map(x => [x.period, x]));
  const none = {events: 0, cooperation: 0, conflict: 0, goldstein: null};
  return monthsBetween(rows[0].period, rows[rows.length - 1].period).map(m => known.get(m) || {
    period: m, from: m + '-01', to: new Date(Date.UTC(+m.slice(0, 4), +m.slice(5, 7), 0)).toISOString().slice(0, 10),
    ab: none, ba: none, cooperationShare: null, top: []
  });
}

function periodHref(r, row) {
  return route('search', {q: 'actor:' + r.a + ' AND actor:' + r.b, from: row.from, to: row.to, sort: 'date'});
}

// ---- analyse --------------------------------------------------------------------------------

function analyzeView() {
  const text = el('textarea', {name: 'text', id: 'paste-text', placeholder: 'Paste the text of a news article here: headline first, then the paragraphs.'});
  const url = el('input', {type: 'url', name: 'url', id: 'paste-url', placeholder: 'or the address of an article: https://…'});
  const result = el('div', {id: 'analysis'});
  const button = el('button', {type: 'submit', id: 'analyze-button'}, 'Analyse');
  const form = el('form', {class: 'analyze'}, text, el('div', {class: 'row'}, url, button));
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    const body = text.value.trim() ? {text: text.value} : url.value.trim() ? {url: url.value.trim()} : null;
    if (!body) {
      result.replaceChildren(errorBox('Paste a text or give a URL first.'));
      return;
    }
    button.disabled = true;
    result.replaceChildren(el('p', {class: 'muted'}, 'Analysing… (the first article in a language loads its model, a few seconds)'));
    try {
      const a = await api('/api/analyze', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
      result.replaceChildren(el('h2', {}, 'Analysis (not stored)'), ...renderArticle(a, false));
    } catch (e) {
      result.replaceChildren(errorBox(e));
    } finally {
      button.disabled = false;
    }
  });
  show(el('h1', {}, 'Analyse a text or a URL'),
    el('p', {class: 'help'}, 'newsgraph separates the article from page furniture, finds the people, organisations and places it names, ' +
      'who said what, and (where available) events and background facts. Nothing is stored. Addresses on private networks are refused.'),
    form, result);
}

// ---- routing --------------------------------------------------------------------------------

function render() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query] = hash.split('?');
  const params = new URLSearchParams(query || '');
  const [page, arg] = path.split('/');
  document.querySelectorAll('header nav a').forEach(a => a.classList.toggle('active', a.dataset.nav === (page || 'search')));
  window.scrollTo(0, 0);
  switch (page) {
    case 'article': return articleView(decodeURIComponent(arg || ''));
    case 'entity': return entityView(decodeURIComponent(arg || ''));
    case 'story': return storyView(decodeURIComponent(arg || ''));
    case 'relations': return relationsView(params);
    case 'analyze': return analyzeView();
    default: return searchView(params);
  }
}

window.addEventListener('hashchange', render);
api('/health').then(h => { document.getElementById('store-size').textContent = h.articles.toLocaleString('en') + ' articles stored'; }).catch(() => {});
render();
