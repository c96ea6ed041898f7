/* The search page of an ogpkit site. search-index.js, loaded before this file, holds the title
   and text of every page of the edition (window.ogpkitSearchIndex). Every word of the query
   must occur in a page's title or text; case, full-width letters and digits, and 台 and 臺 are
   folded on both sides, one character for one, so a position in the folded text is the same
   in the original. Results are built as DOM nodes from text, never from HTML. */
(function () {
  "use strict";
  var BATCH = 20, BEFORE = 40, LENGTH = 160, LONGEST_QUERY = 200, MOST_COUNTED = 20;
  var FOLDED = /[A-Z\uFF01-\uFF5E\u53F0]/g;

  function foldOne(c) {
    if (c === "\u53F0") { return "\u81FA"; }
    var code = c.charCodeAt(0);
    if (code >= 0xFF01 && code <= 0xFF5E) { c = String.fromCharCode(code - 0xFEE0); }
    return c.toLowerCase();
  }

  function fold(text) { return text.replace(FOLDED, foldOne); }

  function words(query) {
    var seen = {}, list = [];
    fold(query.slice(0, LONGEST_QUERY)).split(/\s+/).forEach(function (word) {
      if (word && !seen[word]) { seen[word] = true; list.push(word); }
    });
    return list;
  }

  var pages = null;
  function indexed() {
    if (pages === null) {
      var index = window.ogpkitSearchIndex || {pages: []};
      pages = index.pages.map(function (p) {
        return {href: p[0], title: p[1], text: p[2], foldedTitle: fold(p[1]), foldedText: fold(p[2])};
      });
    }
    return pages;
  }

  function times(text, word) {
    var n = 0, at = text.indexOf(word);
    while (at >= 0 && n < MOST_COUNTED) { n += 1; at = text.indexOf(word, at + word.length); }
    return n;
  }

  // Pages with every word, those with the words in their title first, then by how often.
  function search(list) {
    var found = [];
    indexed().forEach(function (page, order) {
      var score = 0;
      for (var i = 0; i < list.length; i++) {
        var inTitle = page.foldedTitle.indexOf(list[i]) >= 0 ? 50 : 0;
        var inText = times(page.foldedText, list[i]);
        if (!inTitle && !inText) { return; }
        score += inTitle + inText;
      }
      found.push({page: page, score: score, order: order});
    });
    found.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return found;
  }

  function isLowSurrogate(text, at) {
    var code = text.charCodeAt(at);
    return code >= 0xDC00 && code <= 0xDFFF;
  }

  // The part of the text around the first word found, whole characters only.
  function cut(page, list) {
    var first = -1;
    list.forEach(function (word) {
      var at = page.foldedText.indexOf(word);
      if (at >= 0 && (first < 0 || at < first)) { first = at; }
    });
    var start = Math.max(0, first - BEFORE), end = Math.min(page.text.length, start + LENGTH);
    if (isLowSurrogate(page.text, start)) { start += 1; }
    if (end < page.text.length && isLowSurrogate(page.text, end)) { end -= 1; }
    return {start: start, end: end};
  }

  function append(element, text) { element.appendChild(document.createTextNode(text)); }

  // `text` into `element`, every occurrence of a word (in `folded`, the same text folded) marked.
  function marked(element, text, folded, list) {
    var at = 0;
    for (;;) {
      var next = -1, length = 0;
      list.forEach(function (word) {
        var found = folded.indexOf(word, at);
        if (found >= 0 && (next < 0 || found < next || (found === next && word.length > length))) {
          next = found; length = word.length;
        }
      });
      if (next < 0) { break; }
      append(element, text.slice(at, next));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(next, next + length);
      element.appendChild(mark);
      at = next + length;
    }
    append(element, text.slice(at));
  }

  function result(hit, list) {
    var page = hit.page, item = document.createElement("li");
    var link = document.createElement("a"), text = document.createElement("p");
    link.href = page.href;
    marked(link, page.title, page.foldedTitle, list);
    var part = cut(page, list);
    if (part.start > 0) { append(text, "…"); }
    marked(text, page.text.slice(part.start, part.end), page.foldedText.slice(part.start, part.end), list);
    if (part.end < page.text.length) { append(text, "…"); }
    item.appendChild(link);
    item.appendChild(text);
    return item;
  }

  function say(box, key, count, query) {
    return box.getAttribute("data-" + key).replace(/\{(n|q)\}/g, function (whole, name) {
      return name === "n" ? String(count) : query;
    });
  }

  function show(box, query) {
    var status = document.getElementById("search-status");
    var results = document.getElementById("search-results");
    var more = document.getElementById("search-more");
    var list = words(query), found = list.length ? search(list) : [], shown = 0;
    results.textContent = "";
    status.textContent = !list.length ? "" : say(box, found.length ? "found" : "none", found.length, query.trim());
    function next() {
      found.slice(shown, shown + BATCH).forEach(function (hit) { results.appendChild(result(hit, list)); });
      shown = Math.min(found.length, shown + BATCH);
      more.hidden = shown >= found.length;
    }
    more.onclick = function () {
      var first = shown;
      next();
      results.children[first].querySelector("a").focus();
    };
    next();
  }

  document.addEventListener("DOMContentLoaded", function () {
    var box = document.getElementById("search");
    if (!box) { return; }
    var query = new URLSearchParams(window.location.search).get("q") || "";
    document.getElementById("search-words").value = query;
    show(box, query);
  });
}());
