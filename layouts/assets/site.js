// Runs on every page: registers the offline copy and tells the reader when they are reading it.
(function () {
  "use strict";
  var root = document.documentElement;
  var base = root.getAttribute("data-base") || "/";
  var published = root.getAttribute("data-published") || "";
  var status = document.querySelector(".connection-status");

  function showOfflineCopy(fromCopy) {
    if (!status) return;
    status.hidden = !fromCopy;
    status.textContent = fromCopy ? "Hors connexion : vous consultez la copie enregistrée de l’édition du " + published + "." : "";
  }

  // Whether this page came from the offline copy is known only to the service worker that
  // answered it: navigator.onLine stays true behind a captive portal or when the site is down.
  function askServiceWorker() {
    var worker = navigator.serviceWorker && navigator.serviceWorker.controller;
    if (!worker || typeof MessageChannel === "undefined") return;
    var channel = new MessageChannel();
    channel.port1.onmessage = function (event) {
      showOfflineCopy(Boolean(event.data && event.data.fromCopy));
    };
    worker.postMessage({ type: "servi-hors-connexion ?" }, [channel.port2]);
  }

  askServiceWorker();

  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register(base + "sw.js", { scope: base }).catch(function (error) {
      // The site works without its offline copy; say why in the console for whoever maintains it.
      console.warn("Copie hors connexion indisponible :", error);
    });
  }
})();
