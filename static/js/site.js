/* Webzine: small improvements on pages that work without JavaScript.
   - the search link opens an overlay (Escape or the close button closes it);
   - on phones, the menu link opens the full-screen menu without changing the URL.
   Without this file the search link goes to /recherche/ and the menu link
   targets #menu-principal, which the stylesheet shows with :target. */
(function () {
  "use strict";

  var body = document.body;
  var FOCUSABLE =
    'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), ' +
    'select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

  function visibleFocusables(container) {
    return Array.prototype.filter.call(container.querySelectorAll(FOCUSABLE), function (el) {
      return el.getClientRects().length > 0;
    });
  }

  // Keep Tab and Shift+Tab inside an open panel.
  function trapFocus(container, event) {
    var items = visibleFocusables(container);
    if (!items.length) {
      return;
    }
    var first = items[0];
    var last = items[items.length - 1];
    if (event.shiftKey && (document.activeElement === first || !container.contains(document.activeElement))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (document.activeElement === last || !container.contains(document.activeElement))) {
      event.preventDefault();
      first.focus();
    }
  }

  // A link that now acts as a button: announce it so, and let Space activate it.
  function actAsButton(link, controls, handler) {
    link.setAttribute("role", "button");
    link.setAttribute("aria-expanded", "false");
    link.setAttribute("aria-controls", controls);
    link.addEventListener("click", handler);
    link.addEventListener("keydown", function (event) {
      if (event.key === " " || event.key === "Spacebar") {
        event.preventDefault();
        handler.call(link, event);
      }
    });
  }

  function setExpanded(links, expanded) {
    Array.prototype.forEach.call(links, function (link) {
      link.setAttribute("aria-expanded", expanded ? "true" : "false");
    });
  }

  /* ---------- Mobile menu ---------- */
  var nav = document.getElementById("menu-principal");
  var menuOpeners = document.querySelectorAll("[data-menu-open]");
  var menuClosers = document.querySelectorAll("[data-menu-close]");
  var menuReturnFocus = null;

  function menuIsOpen() {
    return Boolean(nav) && nav.classList.contains("is-open");
  }

  function openMenu(event) {
    if (!nav) {
      return;
    }
    event.preventDefault();
    menuReturnFocus = event.currentTarget || menuOpeners[0];
    nav.classList.add("is-open");
    body.classList.add("has-overlay");
    setExpanded(menuOpeners, true);
    var close = nav.querySelector("[data-menu-close]");
    if (close) {
      close.focus();
    }
  }

  function closeMenu(restoreFocus) {
    if (!menuIsOpen()) {
      return;
    }
    nav.classList.remove("is-open");
    body.classList.remove("has-overlay");
    setExpanded(menuOpeners, false);
    if (restoreFocus !== false && menuReturnFocus) {
      menuReturnFocus.focus();
    }
  }

  if (nav) {
    Array.prototype.forEach.call(menuOpeners, function (link) {
      actAsButton(link, nav.id, openMenu);
    });
    Array.prototype.forEach.call(menuClosers, function (link) {
      link.setAttribute("role", "button");
      link.addEventListener("click", function (event) {
        event.preventDefault();
        closeMenu();
      });
      link.addEventListener("keydown", function (event) {
        if (event.key === " " || event.key === "Spacebar") {
          event.preventDefault();
          closeMenu();
        }
      });
    });
    // Following a link of the menu (or resizing to the desktop menu) closes the panel.
    nav.addEventListener("click", function (event) {
      var link = event.target.closest("a");
      if (link && !link.hasAttribute("data-menu-close") && menuIsOpen()) {
        closeMenu(false);
      }
    });
    if (window.matchMedia) {
      var desktop = window.matchMedia("(min-width: 64em)");
      var onChange = function () {
        if (desktop.matches) {
          closeMenu(false);
        }
      };
      if (desktop.addEventListener) {
        desktop.addEventListener("change", onChange);
      } else if (desktop.addListener) {
        desktop.addListener(onChange);
      }
    }
  }

  /* ---------- Search overlay ---------- */
  var overlay = document.getElementById("recherche-overlay");
  var searchOpeners = document.querySelectorAll("[data-search-open]");
  var searchReturnFocus = null;

  function searchIsOpen() {
    return Boolean(overlay) && !overlay.hidden;
  }

  function openSearch(event) {
    if (!overlay) {
      return;
    }
    event.preventDefault();
    closeMenu(false);
    searchReturnFocus = event.currentTarget || searchOpeners[0];
    overlay.hidden = false;
    body.classList.add("has-overlay");
    setExpanded(searchOpeners, true);
    var input = overlay.querySelector('input[name="q"]');
    if (input) {
      input.focus();
      input.select();
    }
  }

  function closeSearch() {
    if (!searchIsOpen()) {
      return;
    }
    overlay.hidden = true;
    body.classList.remove("has-overlay");
    setExpanded(searchOpeners, false);
    if (searchReturnFocus && searchReturnFocus.getClientRects().length) {
      searchReturnFocus.focus();
    }
  }

  if (overlay) {
    Array.prototype.forEach.call(searchOpeners, function (link) {
      actAsButton(link, overlay.id, openSearch);
    });
    Array.prototype.forEach.call(overlay.querySelectorAll("[data-search-close]"), function (button) {
      button.addEventListener("click", closeSearch);
    });
    // A click on the backdrop, outside the form, closes the overlay.
    overlay.addEventListener("click", function (event) {
      if (event.target === overlay) {
        closeSearch();
      }
    });
    // Submitting an empty search would only reload the search page: stay in the overlay.
    var form = overlay.querySelector("form");
    if (form) {
      form.addEventListener("submit", function (event) {
        var input = form.querySelector('input[name="q"]');
        if (input && !input.value.trim()) {
          event.preventDefault();
          input.focus();
        }
      });
    }
  }

  /* ---------- Keyboard ---------- */
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" || event.key === "Esc") {
      if (searchIsOpen()) {
        event.preventDefault();
        closeSearch();
      } else if (menuIsOpen()) {
        event.preventDefault();
        closeMenu();
      }
    } else if (event.key === "Tab") {
      if (searchIsOpen()) {
        trapFocus(overlay, event);
      } else if (menuIsOpen()) {
        trapFocus(nav, event);
      }
    }
  });
})();
