// Dossier's import glue: it gathers the files the reader picks, drops
// (folders included, recursively) or pastes on the import page, refuses
// those over the size limit before reading them, and has the import worker
// (web/import-worker.js) read them off the page's thread. Results go to the
// app (app/ui/import_bridge.go) in batches: {type: "batch", entries,
// errors, done, total} and, at the end, {type: "done", done, total,
// cancelled}. Imported content is never put into the page here.
(function () {
  "use strict";
  var s = {
    sink: null,
    workerURL: "",
    max: 5 << 20,
    worker: null,
    ready: false,
    queue: [],
    inflight: 0,
    total: 0,
    done: 0,
    cancelled: false,
    batch: { entries: [], errors: [] },
    timer: 0,
    nextID: 1,
    jobs: {},
    waiting: [],
  };
  var articleExt = /\.(txt|md|markdown|html?)$/i;

  function emit(msg) {
    if (s.sink) {
      s.sink(msg);
    }
  }
  // flush stores the batch's entries (one IndexedDB transaction, in the
  // worker) and reports what was added, the duplicates and the errors.
  function flush(then) {
    s.timer = 0;
    var b = s.batch;
    s.batch = { entries: [], errors: [] };
    var done = s.done, total = s.total;
    var report = function (r) {
      r = r || {};
      var errors = b.errors.map(function (e) { return e.message; });
      if (r.error) {
        errors.push(r.error);
      }
      emit({ type: "batch", added: r.added || [], dups: r.dups || [], errors: errors, quota: !!r.quota, done: done, total: total });
      if (r.quota) {
        api.cancel();
      }
      if (then) {
        then();
      }
    };
    if (!b.entries.length) {
      report(null);
      return;
    }
    call("store", { entries: b.entries }).then(report);
  }
  function later() {
    if (!s.timer) {
      s.timer = setTimeout(flush, 150);
    }
  }
  function ensureWorker() {
    if (s.worker || !s.workerURL) {
      return;
    }
    s.worker = new Worker(s.workerURL);
    s.worker.onmessage = function (ev) {
      var m = ev.data || {};
      if (m.type === "ready") {
        s.ready = true;
        var w = s.waiting;
        s.waiting = [];
        w.forEach(function (go) { go(); });
        pump();
        return;
      }
      if (m.type === "changed") {
        emit({ type: "changed" });
        return;
      }
      if (m.type === "failed") {
        fatal("the import worker could not start: " + m.error);
        return;
      }
      var job = s.jobs[m.id];
      delete s.jobs[m.id];
      if (job && job.resolve) {
        job.resolve(m);
      } else if (job) {
        finishJob(job, m);
      }
    };
    s.worker.onerror = function (ev) {
      fatal("the import worker failed: " + (ev.message || "unknown error"));
    };
  }
  function fatal(msg) {
    s.batch.errors.push({ name: "", message: msg });
    for (var id in s.jobs) {
      if (s.jobs[id].resolve) {
        s.jobs[id].resolve({ error: msg });
      }
    }
    s.queue = [];
    s.jobs = {};
    s.inflight = 0;
    if (s.worker) {
      s.worker.terminate();
    }
    s.worker = null;
    s.ready = false;
    end();
  }
  function finishJob(job, m) {
    s.inflight--;
    s.done++;
    if (!s.cancelled) {
      if (m.error) {
        s.batch.errors.push({ name: job.name, message: m.error });
      } else {
        var list = m.entries || (m.entry ? [m.entry] : []);
        for (var i = 0; i < list.length; i++) {
          s.batch.entries.push(list[i]);
        }
      }
      if (s.batch.entries.length >= 100) {
        clearTimeout(s.timer);
        flush();
      } else {
        later();
      }
    }
    pump();
  }
  function send(job, msg, transfer) {
    var id = s.nextID++;
    msg.id = id;
    s.jobs[id] = job;
    s.worker.postMessage(msg, transfer || []);
  }
  // call sends a request to the worker; the promise resolves with its answer.
  function call(op, msg) {
    ensureWorker();
    return new Promise(function (resolve) {
      var go = function () {
        msg = msg || {};
        msg.op = op;
        send({ resolve: resolve }, msg);
      };
      if (s.ready) {
        go();
      } else if (!s.worker) {
        resolve({ error: "the library worker is not available" });
      } else {
        s.waiting.push(go);
      }
    });
  }
  function mb(n) {
    return (n / 1048576).toFixed(1) + " MB";
  }
  function start(job) {
    s.inflight++;
    if (job.op === "paste") {
      send(job, { op: "paste", text: job.text });
      return;
    }
    var f = job.file;
    if (job.op === "file" && !articleExt.test(f.name)) {
      finishJob(job, { error: f.name + ": not an article file (.txt, .md, .markdown, .html or .htm)" });
      return;
    }
    var limit = job.op === "library" ? 1024 * s.max : s.max;
    if (f.size > limit) {
      // Refused before reading: a huge file never enters memory.
      finishJob(job, { error: f.name + ": file too large (limit " + mb(limit) + "): " + mb(f.size) });
      return;
    }
    f.arrayBuffer().then(
      function (buf) {
        if (s.cancelled) {
          finishJob(job, {});
          return;
        }
        send(job, { op: job.op, name: f.name, bytes: buf }, [buf]);
      },
      function (err) {
        finishJob(job, { error: f.name + ": could not be read: " + err });
      }
    );
  }
  function pump() {
    ensureWorker();
    while (s.ready && s.inflight < 4 && s.queue.length && !s.cancelled) {
      start(s.queue.shift());
    }
    if (s.total && !s.inflight && (!s.queue.length || s.cancelled)) {
      end();
    }
  }
  function end() {
    clearTimeout(s.timer);
    var done = s.done, total = s.total, cancelled = s.cancelled;
    s.total = 0;
    s.done = 0;
    s.queue = [];
    s.cancelled = false;
    flush(function () {
      emit({ type: "done", done: done, total: total, cancelled: cancelled });
    });
  }
  function add(jobs) {
    if (!jobs.length) {
      return;
    }
    if (s.cancelled) {
      // A new import after a cancelled one whose reads are still finishing.
      s.cancelled = false;
    }
    for (var i = 0; i < jobs.length; i++) {
      s.queue.push(jobs[i]);
    }
    s.total += jobs.length;
    emit({ type: "batch", entries: [], errors: [], done: s.done, total: s.total });
    pump();
  }
  function fileJobs(files, op) {
    var jobs = [];
    for (var i = 0; i < files.length; i++) {
      var f = files[i];
      var o = op || (/\.json$/i.test(f.name) ? "library" : "file");
      jobs.push({ op: o, file: f, name: f.name });
    }
    return jobs;
  }

  // Dropped folders: walk them with webkitGetAsEntry, skipping hidden
  // files (.DS_Store and the like).
  function collect(dt) {
    var items = dt.items ? Array.prototype.slice.call(dt.items) : [];
    var roots = [];
    for (var i = 0; i < items.length; i++) {
      var e = items[i].webkitGetAsEntry ? items[i].webkitGetAsEntry() : null;
      if (e) {
        roots.push(e);
      }
    }
    if (!roots.length) {
      return Promise.resolve(Array.prototype.slice.call(dt.files || []));
    }
    var out = [];
    function walk(entry, top) {
      if (!top && entry.name.charAt(0) === ".") {
        return Promise.resolve();
      }
      if (entry.isFile) {
        return new Promise(function (res) {
          entry.file(
            function (f) {
              out.push(f);
              res();
            },
            function () {
              res();
            }
          );
        });
      }
      if (!entry.isDirectory) {
        return Promise.resolve();
      }
      var reader = entry.createReader();
      return new Promise(function (res) {
        function next() {
          reader.readEntries(function (list) {
            if (!list.length) {
              res();
              return;
            }
            Promise.all(list.map(function (c) { return walk(c, false); })).then(next);
          }, function () {
            res();
          });
        }
        next();
      });
    }
    return Promise.all(roots.map(function (r) { return walk(r, true); })).then(function () {
      return out;
    });
  }

  function zone(target) {
    return target && target.closest ? target.closest("#import-drop") : null;
  }
  document.addEventListener("change", function (ev) {
    var t = ev.target;
    if (!t || (t.id !== "import-files" && t.id !== "import-library")) {
      return;
    }
    add(fileJobs(t.files, t.id === "import-library" ? "library" : ""));
    t.value = "";
  });
  document.addEventListener("dragover", function (ev) {
    if (!document.getElementById("import-drop")) {
      return;
    }
    ev.preventDefault();
    var z = zone(ev.target);
    ev.dataTransfer.dropEffect = z ? "copy" : "none";
    if (z) {
      z.classList.add("over");
    }
  });
  document.addEventListener("dragleave", function (ev) {
    var z = zone(ev.target);
    if (z) {
      z.classList.remove("over");
    }
  });
  document.addEventListener("drop", function (ev) {
    if (!document.getElementById("import-drop")) {
      return;
    }
    ev.preventDefault();
    var z = zone(ev.target);
    if (!z) {
      return;
    }
    z.classList.remove("over");
    collect(ev.dataTransfer).then(function (files) {
      add(fileJobs(files, ""));
    });
  });

  var api = (window.dossierImport = {
    // bind sets the receiver of results and the worker's URL.
    bind: function (sink, workerURL, max) {
      s.sink = sink;
      s.workerURL = workerURL;
      s.max = max || s.max;
      ensureWorker(); // it boots while the page loads the bundled articles
      if (s.total) {
        emit({ type: "batch", entries: [], errors: [], done: s.done, total: s.total });
      }
    },
    unbind: function (sink) {
      if (s.sink === sink) {
        s.sink = null;
      }
    },
    paste: function (text) {
      add([{ op: "paste", text: text, name: "Pasted text" }]);
    },
    cancel: function () {
      if (!s.total) {
        return;
      }
      s.cancelled = true;
      s.queue = [];
      pump();
    },
    // download saves bytes as a file through a Blob URL.
    download: function (name, type, bytes) {
      var url = URL.createObjectURL(new Blob([bytes], { type: type }));
      var a = document.createElement("a");
      a.href = url;
      a.download = name;
      a.rel = "noopener";
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () {
        URL.revokeObjectURL(url);
      }, 60000);
    },
    // call asks the library worker (the protocol: app/workerproto).
    call: call,
    // storage is {usage, quota, persisted}; persist asks to keep it.
    storage: function () {
      var st = navigator.storage;
      if (!st || !st.estimate) {
        return Promise.resolve({ usage: 0, quota: 0, persisted: false });
      }
      return Promise.all([st.estimate(), st.persisted ? st.persisted() : false]).then(function (r) {
        return { usage: r[0].usage || 0, quota: r[0].quota || 0, persisted: !!r[1] };
      });
    },
    persist: function () {
      var st = navigator.storage;
      return st && st.persist ? st.persist().catch(function () { return false; }) : Promise.resolve(false);
    },
  });
  // Start the worker at once, before the app binds: its wasm loads and it
  // reads the library's snapshot while the app itself loads, so that the
  // reader's own articles are there when the app asks for them. Its URL is
  // this script's, renamed (the same version).
  var me = document.currentScript;
  if (me && me.src && /import\.js(\?|$)/.test(me.src)) {
    s.workerURL = me.src.replace(/import\.js(\?|$)/, "import-worker.js$1");
    ensureWorker();
  }
})();
