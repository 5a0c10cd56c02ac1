// Comfort only: every form works without this script.
(function () {
  "use strict";
  var csrfName = document.querySelector('meta[name="csrf-parameter"]');
  var csrfToken = document.querySelector('meta[name="csrf-token"]');

  function debounce(fn, ms) {
    var t;
    return function () { var args = arguments; clearTimeout(t); t = setTimeout(function () { fn.apply(null, args); }, ms); };
  }

  // Forms marked data-once send once: a second click while the first is on its way does nothing.
  document.querySelectorAll("form[data-once]").forEach(function (form) {
    form.addEventListener("submit", function (e) {
      if (form.dataset.sent) { e.preventDefault(); return; }
      form.dataset.sent = "1";
      form.querySelectorAll("button[type=submit]").forEach(function (b) { b.disabled = true; });
    });
  });

  // Live Markdown preview, rendered and sanitized by the server exactly as the post will be.
  document.querySelectorAll("textarea[data-preview]").forEach(function (area) {
    var target = document.getElementById(area.dataset.preview);
    if (!target || !csrfToken) { return; }
    var update = debounce(function () {
      if (!area.value.trim()) { target.hidden = true; return; }
      var body = new URLSearchParams();
      body.set("body", area.value);
      body.set(csrfName.content, csrfToken.content);
      fetch("/preview", { method: "POST", body: body, credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (html) {
          if (html === null) { return; }
          target.innerHTML = html;  // server-sanitized HTML
          target.hidden = false;
          highlight(target);
        });
    }, 400);
    area.addEventListener("input", update);
  });

  // Similar questions while the title is typed, answered ones first.
  document.querySelectorAll("input[data-similar]").forEach(function (input) {
    var box = document.getElementById(input.dataset.similar);
    if (!box) { return; }
    var list = box.querySelector("ul");
    var update = debounce(function () {
      var title = input.value.trim();
      if (title.length < 8) { box.hidden = true; return; }
      fetch("/api/v1/questions/similar?limit=6&title=" + encodeURIComponent(title))
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (items) {
          list.textContent = "";
          items.forEach(function (q) {
            var li = document.createElement("li");
            var count = document.createElement("span");
            count.className = "stat answers" + (q.hasAcceptedAnswer ? " accepted" : q.answerCount > 0 ? " answered" : "");
            count.textContent = q.answerCount + (q.answerCount === 1 ? " answer" : " answers");
            var a = document.createElement("a");
            a.href = "/questions/" + q.questionId;
            a.textContent = q.title;
            li.appendChild(count);
            li.appendChild(a);
            list.appendChild(li);
          });
          box.hidden = items.length === 0;
        });
    }, 350);
    input.addEventListener("input", update);
    if (input.value) { update(); }
  });

  // The answering desk: j / k for next / previous question, c to claim, when not typing.
  if (document.querySelector("[data-shortcuts]")) {
    document.addEventListener("keydown", function (e) {
      var t = e.target;
      if (e.ctrlKey || e.metaKey || e.altKey || (t && (t.tagName === "TEXTAREA" || t.tagName === "INPUT" || t.tagName === "SELECT"))) { return; }
      var go = { j: "next-question", k: "previous-question" }[e.key];
      if (go && document.getElementById(go)) { window.location.href = document.getElementById(go).href; }
      if (e.key === "c" && document.getElementById("claim-form")) { document.getElementById("claim-form").submit(); }
    });
  }

  function highlight(root) {
    if (!window.hljs) { return; }
    root.querySelectorAll("pre code").forEach(function (block) { window.hljs.highlightElement(block); });
  }
  highlight(document);
})();
