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

    function morphNode(target, source) {
        if (target.nodeType !== Node.ELEMENT_NODE) {
            if (target.nodeValue !== source.nodeValue)
                target.nodeValue = source.nodeValue;
            return;
        }
        copyAttributes(target, source, null);
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

    function applyDocument(html) {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        emailCss = Array.from(doc.head.querySelectorAll('style'), s => s.textContent).join('\n');
        applyCss();
        const title = doc.title;
        if (title && document.title !== title)
            document.title = title;
        copyAttributes(emailRoot, doc.body, 'id');
        try {
            morphChildren(emailRoot, doc.body);
        } catch (e) {
            console.error('morph failed, replacing the content: ' + e);
            emailRoot.replaceChildren(...Array.from(doc.body.childNodes, importClean));
        }
        blockIndex = null;
    }

    function applyUpdate(update) {
        try {
            if (update.error) {
                // Keep the last good render under the message.
                errorBanner.textContent = update.error;
                errorBanner.classList.add('visible');
            } else {
                errorBanner.classList.remove('visible');
                errorBanner.textContent = '';
                lineOffset = update.lineOffset;
                applyDocument(update.html);
                if (update.hasText && plain.textContent !== update.text)
                    plain.textContent = update.text;
            }
        } finally {
            bridge.confirmApplied(update.seq, remoteImageCount());
        }
    }

    function startLine(el) {
        const pos = el.getAttribute('data-sourcepos');
        const line = parseInt(pos, 10);
        return Number.isNaN(line) ? 0 : line;
    }

    function buildIndex() {
        const list = [];
        for (const el of emailRoot.querySelectorAll('[data-sourcepos]'))
            list.push({ line: startLine(el), el: el });
        // Stable sort keeps document order (outer before inner) among equal lines.
        list.sort((a, b) => a.line - b.line);
        return list;
    }

    // The innermost block that starts at or before the line; the first block if none does.
    function blockForLine(bodyLine) {
        if (!blockIndex)
            blockIndex = buildIndex();
        if (blockIndex.length === 0)
            return null;
        let lo = 0, hi = blockIndex.length - 1, best = 0;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if (blockIndex[mid].line <= bodyLine) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return blockIndex[best].el;
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
                const anchor = document.getElementById(decodeURIComponent(href.slice(1)));
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
