// The one place ApexCharts (4.7.0, MIT) is touched: the typed Blazor component <ApexChart> calls these three.
let loading;

function ensureApexCharts() {
    if (window.ApexCharts) return Promise.resolve();
    loading ??= new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = new URL('lib/apexcharts/apexcharts.min.js', document.baseURI).href;
        script.onload = () => resolve();
        script.onerror = () => reject(new Error('The chart library could not be loaded.'));
        document.head.appendChild(script);
    });
    return loading;
}

// Formatters cannot cross from .NET as JSON, so the options carry a "meta" block that is turned into functions here.
function withFormatters(options) {
    const meta = options.meta ?? {};
    delete options.meta;
    const percent = v => v === null || v === undefined ? meta.missingText : `${(v * 100).toFixed(1)}%`;
    const count = v => v === null || v === undefined ? meta.missingText : Math.round(v).toLocaleString('en-GB');
    const format = meta.percent ? percent : count;
    // On a horizontal bar chart the values run along the x-axis and the categories down the y-axis.
    const horizontal = options.plotOptions?.bar?.horizontal === true;
    if (horizontal) {
        options.xaxis = { ...(options.xaxis ?? {}), labels: { formatter: format } };
    } else {
        options.yaxis = { ...(options.yaxis ?? {}), labels: { formatter: format } };
    }
    if (meta.percent) {
        options.yaxis = { ...(options.yaxis ?? {}), min: 0, max: 1, tickAmount: 5 };
    }
    options.tooltip = { y: { formatter: format } };
    options.dataLabels = { enabled: false };
    if (meta.target !== null && meta.target !== undefined) {
        // A label on the line itself sat over the bars and lines it crosses, so the line has none and the subtitle,
        // above the plot, names it in the line's colour.
        const line = { borderColor: '#b71c1c', strokeDashArray: 4 };
        options.annotations = horizontal ? { xaxis: [{ x: meta.target, ...line }] } : { yaxis: [{ y: meta.target, ...line }] };
        options.subtitle = { text: `Target ${percent(meta.target)} (dashed red line)`, style: { color: '#b71c1c', fontSize: '12px', fontWeight: 600 } };
    }
    return options;
}

export async function render(element, options) {
    await ensureApexCharts();
    const chart = new window.ApexCharts(element, withFormatters(options));
    await chart.render();
    return chart;
}

export async function update(chart, options) {
    await chart.updateOptions(withFormatters(options), true, false);
}

export function destroy(chart) {
    chart?.destroy();
}
