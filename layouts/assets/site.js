// Runs on every page: registers the offline copy and tells the reader when they are reading it.
(function () {
  "use strict";
  var root = document.documentElement;
  var base = root.getAttribute("data-base") || "/";
  var published = root.getAttribute("data-published") || "";
  var status = document.querySelector(".connection-status");

  function showConnection() {
    if (!status) return;
    if (navigator.onLine) {
      status.hidden = true;
      status.textContent = "";
    } else {
      status.hidden = false;
      status.textContent = "Hors connexion : vous consultez la copie enregistrée de l’édition du " + published + ".";
    }
  }

  window.addEventListener("online", showConnection);
  window.addEventListener("offline", showConnection);
  showConnection();

  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register(base + "sw.js", { scope: base }).catch(function (error) {
      // The site works without its offline copy; say why in the console for whoever maintains it.
      console.warn("Copie hors connexion indisponible :", error);
    });
  }
})();
