namespace ReportSdk.Cli.Site
{
    /// <summary>
    /// <c>assets/site.js</c>, a classic script (a module would not load from file://): shows a
    /// highlight's tooltip on focus and hover, hides it on Escape, focuses the highlight a link's
    /// #fragment names, and toggles the reasons of dismissed numbers. The pages work without it.
    /// </summary>
    internal static class SiteScript
    {
        public const string Js = """
(function () {
  'use strict';
  var shown = null;

  // The highlight a target belongs to: a continuation part stands for the highlight it continues.
  function owner(target) {
    var el = target && target.closest ? target.closest('mark.quote, mark.num') : null;
    if (el && el.hasAttribute('data-part-of')) el = document.getElementById(el.getAttribute('data-part-of'));
    return el;
  }

  function tipFor(el) {
    if (el.hasAttribute('aria-describedby')) return document.getElementById(el.getAttribute('aria-describedby'));
    if (el.hasAttribute('data-desc')) {
      var tip = document.getElementById('tip-number');
      if (tip) tip.textContent = el.getAttribute('data-desc');
      return tip;
    }
    return null;
  }

  function show(el) {
    var tip = tipFor(el);
    if (!tip) return;
    hide();
    tip.hidden = false;
    var box = el.getBoundingClientRect();
    var width = document.documentElement.clientWidth;
    var left = Math.max(8, Math.min(box.left, width - tip.offsetWidth - 8)) + window.scrollX;
    var top = box.bottom + window.scrollY + 6;
    if (box.bottom + tip.offsetHeight + 12 > window.innerHeight && box.top > tip.offsetHeight + 12) {
      top = box.top + window.scrollY - tip.offsetHeight - 6;
    }
    tip.style.left = left + 'px';
    tip.style.top = top + 'px';
    el.classList.add('active');
    shown = { tip: tip, el: el };
  }

  function hide() {
    if (!shown) return;
    shown.tip.hidden = true;
    shown.el.classList.remove('active');
    shown = null;
  }

  document.addEventListener('focusin', function (e) {
    var el = owner(e.target);
    if (el) show(el);
  });
  document.addEventListener('focusout', function (e) {
    if (shown && shown.el === owner(e.target)) hide();
  });
  document.addEventListener('mouseover', function (e) {
    var el = owner(e.target);
    if (el && (!shown || shown.el !== el)) show(el);
  });
  document.addEventListener('mouseout', function (e) {
    var el = owner(e.target);
    if (el && shown && shown.el === el && owner(e.relatedTarget) !== el && document.activeElement !== el) hide();
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') hide();
  });

  var reasons = document.getElementById('show-reasons');
  if (reasons) {
    reasons.addEventListener('change', function () {
      document.body.classList.toggle('show-reasons', reasons.checked);
    });
  }

  // A link to a quote (from the figure table or a chart) lands on it with its tooltip open.
  function focusFragment() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var el = id ? document.getElementById(id) : null;
    if (el && el.matches('mark.quote')) el.focus();
  }
  window.addEventListener('hashchange', focusFragment);
  focusFragment();
})();

""";
    }
}
