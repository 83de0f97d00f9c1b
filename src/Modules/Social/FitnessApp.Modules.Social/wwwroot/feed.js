// Infinite scroll for the feed: when the sentinel under the list comes into view, click the "load more" link
// (which also works as a plain link without JavaScript).
export function observe(sentinel, moreId) {
    if (!sentinel || !("IntersectionObserver" in window)) {
        return null;
    }

    const observer = new IntersectionObserver(entries => {
        if (entries.some(e => e.isIntersecting)) {
            const more = document.getElementById(moreId);
            if (more && !more.hasAttribute("aria-busy")) {
                more.click();
            }
        }
    }, { rootMargin: "400px" });
    observer.observe(sentinel);
    return { dispose: () => observer.disconnect() };
}

export function dispose(handle) {
    handle?.dispose();
}
