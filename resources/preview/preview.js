// The preview page's only script. It receives renders from the application through the
// QWebChannel object `bridge` and patches them into the page in place, so the scroll position
// stays and nothing flickers; it reports clicks back. Document content never runs script here:
// the Content-Security-Policy forbids inline script, and handler attributes are dropped anyway.
'use strict';

(function () {
    const emailRoot = document.getElementById('galley-preview-email');
    const emailStyle = document.getElementById('galley-preview-email-style');
    const plain = document.getElementById('galley-preview-plain');
    const errorBanner = document.getElementById('galley-preview-error');

    let bridge = null;
    let lineOffset = 0; // editor line = body line + lineOffset
    let blockIndex = null; // [{line, el}] sorted by line, built on demand after each update

    function isHandler(name) {
        return name.length > 2 && name.slice(0, 2).toLowerCase() === 'on';
    }

    function stripHandlers(node) {
        if (node.nodeType !== Node.ELEMENT_NODE)
            return;
        const all = [node, ...node.querySelectorAll('*')];
        for (const el of all) {
            for (const attr of Array.from(el.attributes)) {
                if (isHandler(attr.name))
                    el.removeAttribute(attr.name);
            }
        }
    }

    function importClean(node) {
        const copy = document.importNode(node, true);
        stripHandlers(copy);
        return copy;
    }

    function copyAttributes(target, source, keep) {
        for (const attr of Array.from(target.attributes)) {
            if (attr.name !== keep && !source.hasAttribute(attr.name))
                target.removeAttribute(attr.name);
        }
        for (const attr of Array.from(source.attributes)) {
            if (attr.name === keep || isHandler(attr.name))
                continue;
            if (target.getAttribute(attr.name) !== attr.value)
                target.setAttribute(attr.name, attr.value);
        }
    }

    function sameKind(a, b) {
        return a.nodeType === b.nodeType && a.nodeName === b.nodeName;
    }

    // Morphs `target`'s children into `source`'s (source lives in an inert DOMParser document):
    // equal nodes are kept untouched (images do not reload), nodes of the same kind are updated
    // in place, the rest is replaced by imported copies.
    function morphChildren(target, source) {
        let t = target.firstChild;
        for (let s = source.firstChild; s; s = s.nextSibling) {
            if (!t) {
                target.appendChild(importClean(s));
            } else if (t.isEqualNode(s)) {
                t = t.nextSibling;
            } else if (sameKind(t, s)) {
                morphNode(t, s);
                t = t.nextSibling;
            } else {
                const fresh = importClean(s);
                target.replaceChild(fresh, t);
                t = fresh.nextSibling;
            }
        }
        while (t) {
            const next = t.nextSibling;
            target.removeChild(t);
            t = next;
        }
    }

    // While a skeleton is morphed, the element holding the blocks keeps its children.
    let skipChildrenOf = null;
    let matchedContainer = null;

    function morphNode(target, source) {
        if (target.nodeType !== Node.ELEMENT_NODE) {
            if (target.nodeValue !== source.nodeValue)
                target.nodeValue = source.nodeValue;
            return;
        }
        copyAttributes(target, source, null);
        if (source === skipChildrenOf) {
            matchedContainer = target;
            return;
        }
        morphChildren(target, source);
    }

    function remoteImageCount() {
        let count = 0;
        for (const img of emailRoot.querySelectorAll('img[src]')) {
            if (/^\s*https?:/i.test(img.getAttribute('src')))
                ++count;
        }
        return count;
    }

    let emailCss = '';
    let mode = 'desktop';
    const phoneWidth = 375;

    // The email's media queries are written for the client's viewport. The shell's viewport is
    // the preview pane, so evaluate them for the mode instead: width queries against 375 px in
    // phone mode, and `prefers-color-scheme: dark` as true in dark mode (what dark-mode clients
    // that honour the email's own dark styles do).
    function cssForMode(css) {
        let out = css.replace(/\(\s*prefers-color-scheme\s*:\s*(dark|light)\s*\)/gi,
            (m, scheme) => (scheme.toLowerCase() === 'dark') === (mode === 'dark')
                ? '(min-width: 0px)' : '(max-width: 0px)');
        if (mode === 'phone') {
            out = out.replace(/\(\s*max-width\s*:\s*(\d+)px\s*\)/gi,
                (m, px) => (phoneWidth <= Number(px) ? '(min-width: 0px)' : '(max-width: 0px)'));
            out = out.replace(/\(\s*min-width\s*:\s*([1-9]\d*)px\s*\)/gi,
                (m, px) => (phoneWidth >= Number(px) ? '(min-width: 0px)' : '(max-width: 0px)'));
        }
        return out;
    }

    function applyCss() {
        const css = cssForMode(emailCss);
        if (emailStyle.textContent !== css)
            emailStyle.textContent = css;
        // Emails without dark styles get the inversion many dark-mode clients apply instead.
        document.documentElement.classList.toggle('email-has-dark-styles',
            /prefers-color-scheme\s*:\s*dark/i.test(emailCss));
    }

    // The blocks of the email (one group of nodes per chunk the application sent) and the
    // element that holds them. Patches replace, insert and remove whole groups; the rest of the
    // page is left alone, so an edit costs the page work for the blocks it touched.
    const slotId = 'galley-preview-slot';
    let pageSeq = 0; // the render whose blocks the page shows
    let container = null;
    let groups = null; // [{nodes: [Node], line: first source line or 0}]
    let lineIndex = null; // groups with a line, built on demand for scroll sync

    function applyHead(doc) {
        emailCss = Array.from(doc.head.querySelectorAll('style'), s => s.textContent).join('\n');
        applyCss();
        const title = doc.title;
        if (title && document.title !== title)
            document.title = title;
    }

    function startLine(el) {
        const pos = el.getAttribute('data-sourcepos');
        const line = parseInt(pos, 10);
        return Number.isNaN(line) ? 0 : line;
    }

    function firstLine(nodes) {
        for (const n of nodes) {
            if (n.nodeType !== Node.ELEMENT_NODE)
                continue;
            const el = n.hasAttribute('data-sourcepos') ? n : n.querySelector('[data-sourcepos]');
            if (el)
                return startLine(el);
        }
        return 0;
    }

    // Parses chunks in an inert template: each chunk is balanced markup that starts a block,
    // so on its own it gives the nodes the whole document gives. One parse for all of them,
    // separated by empty template elements.
    function parseChunks(chunks) {
        if (chunks.length === 0)
            return [];
        const template = document.createElement('template');
        template.innerHTML = chunks.join('<template></template>');
        const out = [[]];
        for (const node of Array.from(template.content.childNodes)) {
            if (node.nodeName === 'TEMPLATE' && node.childNodes.length === 0
                && node.content.childNodes.length === 0) {
                out.push([]);
                continue;
            }
            stripHandlers(node);
            out[out.length - 1].push(node);
        }
        if (out.length !== chunks.length) {
            // Cannot happen with the application's chunks; parse one by one to be sure.
            return chunks.map(chunk => {
                template.innerHTML = chunk;
                const nodes = Array.from(template.content.childNodes);
                nodes.forEach(stripHandlers);
                return nodes;
            });
        }
        return out;
    }

    function makeGroups(chunks) {
        return parseChunks(chunks).map(nodes => ({ nodes: nodes, line: firstLine(nodes) }));
    }

    function appendGroups(target, list, before) {
        const fragment = document.createDocumentFragment();
        for (const g of list) {
            for (const n of g.nodes)
                fragment.appendChild(n);
        }
        target.insertBefore(fragment, before);
    }

    function removeGroups(list) {
        for (const g of list) {
            for (const n of g.nodes)
                n.remove();
        }
    }

    // Morphs the page's email into the skeleton `doc`, leaving the children of the element that
    // holds the slot alone when `keepBlocks` (they are the blocks). Returns the page's element
    // that corresponds to the slot's parent, or null.
    function morphSkeleton(doc, keepBlocks) {
        const slot = doc.getElementById(slotId);
        skipChildrenOf = keepBlocks && slot ? slot.parentNode : null;
        matchedContainer = null;
        copyAttributes(emailRoot, doc.body, 'id');
        try {
            morphChildren(emailRoot, doc.body);
        } finally {
            skipChildrenOf = null;
        }
        if (keepBlocks)
            return matchedContainer;
        const liveSlot = document.getElementById(slotId);
        return liveSlot ? liveSlot.parentNode : null;
    }

    function applyFull(update) {
        const doc = new DOMParser().parseFromString(update.skeleton, 'text/html');
        applyHead(doc);
        if (groups)
            removeGroups(groups);
        groups = null;
        container = null;
        lineIndex = null;
        blockIndex = null;
        try {
            morphSkeleton(doc, false);
        } catch (e) {
            console.error('morph failed, replacing the content: ' + e);
            emailRoot.replaceChildren(...Array.from(doc.body.childNodes, importClean));
        }
        const slot = document.getElementById(slotId);
        if (!slot)
            return; // a document the application could not cut into blocks
        container = slot.parentNode;
        groups = makeGroups(update.chunks);
        appendGroups(container, groups, slot);
        slot.remove();
    }

    function sameNodes(a, b) {
        if (a.length !== b.length)
            return false;
        for (let i = 0; i < a.length; ++i) {
            if (!a[i].isEqualNode(b[i]))
                return false;
        }
        return true;
    }

    // A new skeleton (title, preheader, header, footer changed) around the blocks we keep.
    function applySkeleton(html) {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        applyHead(doc);
        const slot = doc.getElementById(slotId);
        const first = groups.find(g => g.nodes.length > 0);
        const live = morphSkeleton(doc, true);
        if (!slot || live !== container)
            return false;
        // What the container holds before the blocks must be what the skeleton has there.
        const before = [];
        for (let n = container.firstChild; n && (!first || n !== first.nodes[0]); n = n.nextSibling)
            before.push(n);
        const wanted = [];
        for (let n = slot.parentNode.firstChild; n && n !== slot; n = n.nextSibling)
            wanted.push(n);
        return sameNodes(before, wanted) && slot.nextSibling === null;
    }

    function shiftLines(value, delta) {
        // "L1:C1-L2:C2"
        const dash = value.indexOf('-');
        const c1 = value.indexOf(':');
        const c2 = value.indexOf(':', dash);
        if (c1 < 0 || dash < 0 || c2 < 0)
            return value;
        return (parseInt(value.slice(0, c1), 10) + delta) + value.slice(c1, dash + 1)
            + (parseInt(value.slice(dash + 1, c2), 10) + delta) + value.slice(c2);
    }

    function shiftGroup(group, delta) {
        for (const n of group.nodes) {
            if (n.nodeType !== Node.ELEMENT_NODE)
                continue;
            if (n.hasAttribute('data-sourcepos'))
                n.setAttribute('data-sourcepos', shiftLines(n.getAttribute('data-sourcepos'), delta));
            for (const el of n.querySelectorAll('[data-sourcepos]'))
                el.setAttribute('data-sourcepos', shiftLines(el.getAttribute('data-sourcepos'), delta));
        }
        if (group.line > 0)
            group.line += delta;
    }

    // Returns false when the patch does not fit what the page holds.
    function applyPatch(update) {
        if (!groups || !container || update.base !== pageSeq)
            return false;
        if (update.skeleton !== undefined && !applySkeleton(update.skeleton))
            return false;
        const start = update.start;
        const remove = update.remove;
        if (start + remove > groups.length)
            return false;
        let before = null;
        for (let i = start + remove; i < groups.length && !before; ++i)
            before = groups[i].nodes.length > 0 ? groups[i].nodes[0] : null;
        const fresh = makeGroups(update.insert);
        removeGroups(groups.slice(start, start + remove));
        appendGroups(container, fresh, before);
        groups.splice(start, remove, ...fresh);
        for (const [from, count, delta] of update.shifts) {
            for (let i = from; i < from + count && i < groups.length; ++i)
                shiftGroup(groups[i], delta);
        }
        lineIndex = null;
        blockIndex = null;
        return true;
    }

    // Where the page's time goes, read by the benchmark: [apply ms, layout ms] per update.
    const timings = [];
    window.__galleyPreviewTimings = timings;

    function applyUpdate(update) {
        const started = performance.now();
        let confirm = true;
        try {
            if (update.error) {
                // Keep the last good render under the message.
                errorBanner.textContent = update.error;
                errorBanner.classList.add('visible');
            } else {
                errorBanner.classList.remove('visible');
                errorBanner.textContent = '';
                lineOffset = update.lineOffset;
                if (update.kind === 'patch') {
                    if (!applyPatch(update)) {
                        // Ask for the whole document; its confirmation stands for this one.
                        confirm = false;
                        pageSeq = 0;
                        bridge.needFullUpdate();
                        return;
                    }
                } else {
                    applyFull(update);
                }
                pageSeq = update.seq;
                if (update.hasText && plain.textContent !== update.text)
                    plain.textContent = update.text;
            }
        } catch (e) {
            console.error('update failed: ' + e);
            confirm = false;
            pageSeq = 0;
            bridge.needFullUpdate();
        } finally {
            if (confirm) {
                // Lay the page out before confirming, so "applied" includes the layout the
                // change costs (the next frame would do it anyway).
                const applied = performance.now();
                void emailRoot.offsetHeight;
                timings.push([applied - started, performance.now() - applied]);
                if (timings.length > 500)
                    timings.splice(0, 250);
                bridge.confirmApplied(update.seq, remoteImageCount());
            }
        }
    }

    function buildIndex() {
        const list = [];
        for (const el of emailRoot.querySelectorAll('[data-sourcepos]'))
            list.push({ line: startLine(el), el: el });
        // Stable sort keeps document order (outer before inner) among equal lines.
        list.sort((a, b) => a.line - b.line);
        return list;
    }

    function searchLine(list, line, lineOf) {
        let lo = 0, hi = list.length - 1, best = 0;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if (lineOf(list[mid]) <= line) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return list[best];
    }

    // The innermost block that starts at or before the line; the first block if none does.
    // With blocks, only the one group the line falls in is searched.
    function blockForLine(bodyLine) {
        if (groups) {
            if (!lineIndex)
                lineIndex = groups.filter(g => g.line > 0);
            if (lineIndex.length === 0)
                return null;
            const group = searchLine(lineIndex, bodyLine, g => g.line);
            const list = [];
            for (const n of group.nodes) {
                if (n.nodeType !== Node.ELEMENT_NODE)
                    continue;
                if (n.hasAttribute('data-sourcepos'))
                    list.push({ line: startLine(n), el: n });
                for (const el of n.querySelectorAll('[data-sourcepos]'))
                    list.push({ line: startLine(el), el: el });
            }
            list.sort((a, b) => a.line - b.line);
            return list.length ? searchLine(list, bodyLine, e => e.line).el : null;
        }
        if (!blockIndex)
            blockIndex = buildIndex();
        if (blockIndex.length === 0)
            return null;
        return searchLine(blockIndex, bodyLine, e => e.line).el;
    }

    function scrollToLine(line) {
        if (document.documentElement.classList.contains('mode-plain'))
            return;
        const el = blockForLine(line - lineOffset);
        if (!el)
            return;
        const rect = el.getBoundingClientRect();
        const visible = rect.top >= 0 && rect.top < window.innerHeight - 16;
        if (!visible)
            el.scrollIntoView({ behavior: 'smooth', block: 'start' });
    }

    function setMode(newMode) {
        mode = newMode;
        document.documentElement.classList.remove(
            'mode-desktop', 'mode-phone', 'mode-dark', 'mode-plain');
        document.documentElement.classList.add('mode-' + mode);
        applyCss();
    }

    function reloadImages() {
        // A blocked image does not retry on its own; a fresh element fetches again.
        for (const img of emailRoot.querySelectorAll('img[src]')) {
            if (/^\s*https?:/i.test(img.getAttribute('src')))
                img.replaceWith(img.cloneNode(true));
        }
    }

    function onClick(event) {
        const target = event.target instanceof Element ? event.target : event.target.parentElement;
        if (!target || !bridge)
            return;
        const link = target.closest('a[href]');
        if (link) {
            // The page never navigates: in-page anchors (footnotes) scroll, the rest go out.
            event.preventDefault();
            const href = link.getAttribute('href');
            if (href.startsWith('#')) {
                // As a browser finds a fragment: the id as written first (the email's footnote
                // ids keep a label's percent-encoding), then percent-decoded.
                const id = href.slice(1);
                let anchor = document.getElementById(id);
                if (!anchor) {
                    try {
                        anchor = document.getElementById(decodeURIComponent(id));
                    } catch (e) {
                        anchor = null; // not valid percent-encoding: no such element
                    }
                }
                if (anchor && emailRoot.contains(anchor))
                    anchor.scrollIntoView({ behavior: 'smooth', block: 'start' });
            } else if (event.type === 'click') {
                bridge.clickLink(link.href);
            }
            return;
        }
        if (event.type !== 'click')
            return;
        const block = target.closest('[data-sourcepos]');
        if (block && emailRoot.contains(block))
            bridge.clickLine(startLine(block) + lineOffset);
    }

    document.addEventListener('click', onClick, true);
    document.addEventListener('auxclick', onClick, true);

    new QWebChannel(qt.webChannelTransport, function (channel) {
        bridge = channel.objects.bridge;
        bridge.pushUpdate.connect(applyUpdate);
        bridge.pushMode.connect(setMode);
        bridge.pushScrollToLine.connect(scrollToLine);
        bridge.pushReloadImages.connect(reloadImages);
        bridge.pageLoaded();
    });
})();
