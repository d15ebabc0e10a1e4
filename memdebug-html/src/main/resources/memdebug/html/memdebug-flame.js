// memdebug's additions to async-profiler's flame graph page (the script above, whose globals this uses):
// values in the profile's unit, a reset button, a search box, and the callers view.

// Replaces the page's "N samples": widths are in the profile's unit (mdData, see the first script).
function samples(n) {
	if (mdData.countsSamples) return n === 1 ? '1 sample' : n + ' samples';
	let scale = 0;
	for (let i = 0; i < mdData.unitFactors.length; i++) {
		if (Math.abs(n) / mdData.unitFactors[i] >= 1) scale = i;
	}
	let text = (n / mdData.unitFactors[scale]).toFixed(2);
	if (text.endsWith('.00')) text = text.substring(0, text.length - 3);
	return text === '0' ? '0' : text + mdData.unitNames[scale];
}

// Both views, built once with the page's own frame functions: the callees (as loaded) and the callers.
const mdViews = (function () {
	const callees = levels.slice();
	const pool = cpool.slice();
	cpool.length = 0;
	mdCallersPool.forEach(function (s) { cpool.push(s); });
	unpack(cpool);
	levels.length = 0;
	for (let h = 0; h < mdCallersDepth; h++) levels.push([]);
	level0 = 0; left0 = 0; width0 = 0;
	mdCallersFrames();
	const callers = levels.slice();
	levels.length = 0;
	callees.forEach(function (row) { levels.push(row); });
	cpool.length = 0;
	pool.forEach(function (s) { cpool.push(s); });
	// A box's details are the converter's raw per-tier counters; memdebug colors a box by its dominant kind instead.
	[callees, callers].forEach(function (view) {
		view.forEach(function (row) { row.forEach(function (f) { f.details = ''; }); });
	});
	return {callees: callees, callers: callers};
})();

const mdSearchBox = document.getElementById('md-search');
const mdSearchError = document.getElementById('md-search-error');
const mdCallersButton = document.getElementById('md-callers');

// Searches again (or clears) after the view or zoom changed, so the matched share is of what is shown.
function mdSearchAgain() {
	search(pattern ? pattern.source : false);
}

function mdSearch(text) {
	try {
		RegExp(text);
	} catch (e) {
		mdSearchError.textContent = 'not a regular expression: ' + e.message;
		return;
	}
	mdSearchError.textContent = '';
	search(text || false);
}

function mdReset() {
	canvas.onmouseout();
	root = levels[0][0];
	mdSearchAgain();
}

function mdShowCallers(on) {
	levels.length = 0;
	(on ? mdViews.callers : mdViews.callees).forEach(function (row) { levels.push(row); });
	// As async-profiler draws a reversed graph: an icicle, the top frames on top.
	inverted = on;
	mdCallersButton.setAttribute('aria-pressed', String(on));
	mdCallersButton.textContent = on ? 'Callees view' : 'Callers view';
	mdReset();
}

document.getElementById('md-reset').addEventListener('click', mdReset);
// After the page zoomed on a click (the canvas's own handler, which runs first), the matched share is
// of the new box: the page alone would keep showing the share from before the zoom.
document.addEventListener('click', function (event) {
	if (event.target === canvas && pattern) mdSearchAgain();
});
mdCallersButton.addEventListener('click', function () {
	mdShowCallers(mdCallersButton.getAttribute('aria-pressed') !== 'true');
});
mdSearchBox.addEventListener('input', function () { mdSearch(mdSearchBox.value); });
mdSearchBox.addEventListener('keydown', function (event) {
	// The page's keys (i, d, n, 0, Ctrl+F) are for the graph, not for typing here.
	event.stopPropagation();
	if (event.key === 'Escape') {
		mdSearchBox.value = '';
		mdSearch('');
	}
});
// The page's own ways to search (Ctrl+F, its search button, Esc, 0, the match bar's clear) show in the box too.
function mdShowSearch() {
	mdSearchBox.value = pattern ? pattern.source : '';
	mdSearchError.textContent = '';
}
window.addEventListener('keydown', mdShowSearch);
document.getElementById('search').addEventListener('click', mdShowSearch);
document.getElementById('reset').addEventListener('click', mdShowSearch);

// cpu.html#search=REGEXP opens with that search done.
if (location.hash.startsWith('#search=')) {
	mdSearchBox.value = decodeURIComponent(location.hash.substring('#search='.length));
	mdSearch(mdSearchBox.value);
}
