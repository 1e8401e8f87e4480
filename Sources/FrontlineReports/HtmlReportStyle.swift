/// The report's stylesheet, inline in the page: system fonts only, print-friendly.
enum HtmlReportStyle {
    static let css = """
        :root { color-scheme: light; --ink: #1f2937; --muted: #6b7280; --rule: #e5e7eb; --faint: #f3f4f6;
          --accent: #0f4c81; --low: #b42318; --mid: #9a6700; --high: #1a7f37; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; background: #f6f7f9; color: var(--ink);
          font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Vazirmatn", Tahoma, Arial, sans-serif;
          font-variant-numeric: tabular-nums; }
        header, main, footer { max-width: 1080px; margin: 0 auto; padding: 0 24px; }
        header { padding-top: 28px; padding-bottom: 8px; }
        h1 { font-size: 26px; line-height: 1.2; margin: 0 0 12px; letter-spacing: -0.01em; }
        h2 { font-size: 19px; margin: 0 0 4px; }
        section { background: #fff; border: 1px solid var(--rule); border-radius: 10px; padding: 20px 24px; margin: 18px 0; }
        .lead { color: var(--muted); margin: 0 0 12px; max-width: 70ch; }
        .muted { color: var(--muted); }
        .note { color: var(--muted); font-size: 13px; margin: -4px 0 8px; }
        code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.88em; }
        .meta { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 4px 24px; margin: 0 0 16px; }
        .meta div { min-width: 0; }
        .meta dt { font-size: 12px; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); }
        .meta dd { margin: 0; overflow-wrap: anywhere; }
        .stats { list-style: none; display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; padding: 0; margin: 0; }
        .stat { background: #fff; border: 1px solid var(--rule); border-radius: 10px; padding: 12px 16px; }
        .stat .value { display: block; font-size: 28px; font-weight: 650; line-height: 1.1; color: var(--accent); }
        .stat .label { font-size: 13px; color: var(--muted); }
        figure { margin: 0; }
        figure.wide svg { width: 100%; height: auto; display: block; }
        .chart { font-size: 12px; }
        .chart .grid { stroke: var(--rule); stroke-width: 1; }
        .chart .grid.strong { stroke: #d1d5db; }
        .chart .baseline, .chart .tick-mark { stroke: #9ca3af; stroke-width: 1; }
        .chart .tick { fill: var(--muted); font-size: 11px; }
        .chart .axis-title { fill: #4b5563; font-size: 12px; font-weight: 600; }
        .chart .legend-label { fill: var(--ink); font-size: 13px; }
        .chart .point { stroke: #fff; stroke-width: 1.2; }
        .chart .row-label { fill: var(--ink); font-size: 13px; }
        .chart .row-sublabel { fill: var(--muted); font-size: 11px; }
        .chart .row-value { fill: var(--ink); font-size: 12px; font-weight: 600; }
        .chart .row-rule { stroke: var(--faint); }
        .box-plot .whisker { stroke: #6b7280; stroke-width: 1.5; }
        .box-plot .iqr { fill: #dbe7f3; stroke: #4b6b8f; stroke-width: 1.2; }
        .box-plot .median { stroke-width: 3; }
        .box-plot .session-dot { fill: #1f2937; fill-opacity: 0.35; }
        .box-plot .outlier { fill: #fff; stroke: #b42318; stroke-width: 1.5; }
        .bar-chart rect.penalty { fill-opacity: 0.6; }
        .multiples { display: grid; grid-template-columns: repeat(auto-fill, minmax(400px, 1fr)); gap: 14px; }
        .multiple { border: 1px solid var(--rule); border-radius: 8px; padding: 8px 10px 4px; }
        .multiple figcaption { font-weight: 600; margin-bottom: 2px; }
        .multiple figcaption .muted { font-weight: 400; font-size: 13px; }
        .multiple svg { width: 100%; height: auto; display: block; }
        .legend { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 18px; padding: 0; margin: 0 0 10px; font-size: 13px; }
        .legend li { display: flex; align-items: center; gap: 6px; }
        .dot { display: inline-block; width: 9px; height: 9px; border-radius: 50%; margin-inline-end: 6px; vertical-align: 0; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: 14px; }
        th, td { padding: 7px 8px; border-bottom: 1px solid var(--rule); text-align: start; vertical-align: middle; }
        thead th { font-size: 12.5px; color: var(--muted); font-weight: 600; line-height: 1.3; vertical-align: bottom;
          border-bottom: 2px solid var(--rule); }
        thead th.num { white-space: normal; }
        thead th.group { text-align: center; border-bottom: 1px solid var(--rule); padding-bottom: 3px; }
        thead th .dot { margin-inline-end: 4px; }
        thead th.metric { border-bottom-width: 3px; }
        tbody th { font-weight: 600; }
        .criterion-id { display: block; font-weight: 400; color: var(--muted); font-size: 12px; }
        td.kind, td.when { white-space: nowrap; }
        td.facets .facet { display: block; white-space: nowrap; font-size: 13px; }
        #trainee-table th, #trainee-table td { padding-inline: 6px; }
        tbody tr:nth-child(even) { background: #fafbfc; }
        .num { text-align: end; white-space: nowrap; }
        .score.low { color: var(--low); }
        .score.mid { color: var(--mid); }
        .score.high { color: var(--high); }
        .sparklines td { white-space: nowrap; }
        .sparkline { vertical-align: middle; }
        .sparkline .midline { stroke: var(--rule); stroke-dasharray: 2 2; }
        .spark-value { display: inline-block; min-width: 3ch; margin-inline-start: 6px; text-align: end; }
        details { margin-top: 10px; }
        summary { cursor: pointer; color: var(--accent); font-size: 14px; }
        details table { margin-top: 6px; }
        .empty { text-align: center; padding: 48px 24px; }
        .empty p { color: var(--muted); max-width: 60ch; margin: 8px auto 0; }
        .transcript { border-top: 1px solid var(--rule); padding-top: 8px; }
        .transcript .turn { border-inline-start: 3px solid var(--rule); padding-inline-start: 10px; margin: 8px 0; }
        .transcript .turn p { margin: 2px 0; }
        .transcript .who { display: inline-block; min-width: 6ch; font-weight: 600; color: var(--muted); }
        .transcript .reply .who { color: var(--accent); }
        .outcome-chart rect.outcome { stroke: #fff; stroke-width: 1; }
        .dot-chart .session-dot { stroke: #fff; stroke-width: 1; }
        footer { color: var(--muted); font-size: 13px; padding-bottom: 32px; }
        @media (max-width: 700px) { .stats { grid-template-columns: repeat(2, 1fr); } .multiples { grid-template-columns: 1fr; } }
        @media print {
          body { background: #fff; font-size: 12px; }
          section { border: none; padding: 0; margin: 16px 0; break-inside: avoid-page; }
          figure, tr, .multiple { break-inside: avoid; }
          details > table, details .table-wrap { display: block; }
        }
        """
}
