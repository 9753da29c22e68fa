export const id = 290;
export const ids = [290];
export const modules = {

/***/ 7290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ProgressLine: () => (/* binding */ ProgressLine),
/* harmony export */   renderCollectTable: () => (/* binding */ renderCollectTable)
/* harmony export */ });
const STATUS_WORDS = {
    collected: 'collected',
    'none-in-window': 'none in window',
    'not-found': 'not found',
    'no-access': 'no access',
    expired: 'expired',
    refused: 'refused',
    error: 'error',
};
function renderCollectTable(report, concurrency) {
    const header = ['repository', 'participant', 'status', 'in window', 'new', 'had', 'refused', 'what happened'];
    const rows = report.repositories.map((r) => [r.repository, r.participant, STATUS_WORDS[r.status] ?? r.status, String(r.inWindow), String(r.downloaded), String(r.alreadyHere), String(r.refused), r.detail]);
    const widths = header.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((row) => row[i].length))));
    const fmt = (row) => row
        .map((c, i) => (i === row.length - 1 ? c : i >= 3 && i <= 6 ? c.padStart(widths[i]) : clip(c, widths[i]).padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    const counts = new Map();
    for (const r of report.repositories)
        counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
    const tally = [...counts].map(([k, n]) => `${STATUS_WORDS[k] ?? k} ${n}`).join(', ');
    const rate = report.seconds > 0 ? (report.downloaded / report.seconds).toFixed(1) : '0';
    const lines = [
        fmt(header),
        ...rows.map(fmt),
        '',
        `shard ${report.shard.index}/${report.shard.count}: ${report.repositories.length} repositor${report.repositories.length === 1 ? 'y' : 'ies'} (${tally || 'none'})`,
        `downloaded ${report.downloaded} artifact${report.downloaded === 1 ? '' : 's'} (${(report.bytes / 1024 / 1024).toFixed(1)} MiB) in ${report.seconds.toFixed(1)} s, ${rate}/s at concurrency ${concurrency}${report.rateLimitPauses ? `; paused ${report.rateLimitPauses} time${report.rateLimitPauses === 1 ? '' : 's'} for rate limits` : ''}`,
    ];
    return `${lines.join('\n')}\n`;
}
function clip(s, n) {
    return s.length > n ? `${s.slice(0, n - 1)}\u2026` : s;
}
/** One line rewritten in place on a terminal; silent when the stream is not one. */
class ProgressLine {
    last = 0;
    shown = false;
    stream;
    constructor(stream) {
        this.stream = stream;
    }
    update(p) {
        if (!this.stream.isTTY)
            return;
        const now = Date.now();
        if (now - this.last < 100 && p.listed < p.repositories)
            return;
        this.last = now;
        const wait = p.pausedUntil && p.pausedUntil > now ? `, waiting ${Math.ceil((p.pausedUntil - now) / 1000)} s for the rate limit` : '';
        const text = `collect: ${p.listed}/${p.repositories} repositories listed, ${p.downloaded}/${p.toDownload} artifacts downloaded${p.failed ? `, ${p.failed} failed` : ''}${wait}`;
        this.stream.write(`\r\x1b[2K${text.slice(0, (this.stream.columns || 120) - 1)}`);
        this.shown = true;
    }
    done() {
        if (this.shown)
            this.stream.write('\r\x1b[2K');
    }
}


/***/ })

};
