import * as Plot from '@observablehq/plot';
import { useEffect, useRef, useState } from 'react';

/** An Observable Plot chart sized to its container, so it fits a phone without scrolling sideways. */
export function PlotFigure({ make, label }: { make: (width: number) => Plot.PlotOptions; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(([e]) => setWidth(Math.floor(e?.contentRect.width ?? 0)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  useEffect(() => {
    const el = ref.current;
    if (!el || width < 50) return;
    const chart = Plot.plot({ ...make(width), width });
    // One image with one name: Plot labels its inner groups too, which ARIA forbids on a role-less <g>.
    for (const n of chart.querySelectorAll('[aria-label]')) n.removeAttribute('aria-label');
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-label', label);
    el.replaceChildren(chart);
    return () => chart.remove();
  }, [make, width, label]);
  return <div className="chart" ref={ref} />;
}

export { Plot };
