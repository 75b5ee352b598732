//! The summary's bar chart, drawn as SVG from `crate::chart`'s geometry,
//! with a title for screen readers (the table next to it has the figures).

use crate::chart::{bars, BAR_MAX, BAR_X, WIDTH};
use yew::prelude::*;

/// The chart's props.
#[derive(Properties, PartialEq)]
pub(crate) struct Props {
    /// The chart's accessible title.
    pub(crate) title: AttrValue,
    /// `(commitment id, score, score text)` rows.
    pub(crate) rows: Vec<(String, Option<f64>, String)>,
}

/// The chart.
#[function_component(Chart)]
pub(crate) fn chart(props: &Props) -> Html {
    let (bars, height) = bars(&props.rows);
    html! {
        <svg class="chart" role="img" aria-label={props.title.clone()}
            viewBox={format!("0 0 {WIDTH} {height}")} xmlns="http://www.w3.org/2000/svg">
            <title>{ props.title.clone() }</title>
            { for bars.into_iter().map(|bar| {
                let ty = (bar.y + 16).to_string();
                html! {
                    <g>
                        <text x="0" y={bar.label_y.to_string()}>{ bar.label }</text>
                        <rect class="track" x={BAR_X.to_string()} y={bar.y.to_string()}
                            width={BAR_MAX.to_string()} height={bar.height.to_string()} />
                        <rect class="bar" x={BAR_X.to_string()} y={bar.y.to_string()}
                            width={bar.width.to_string()} height={bar.height.to_string()} />
                        <text x={(BAR_X + BAR_MAX + 8).to_string()} y={ty}>{ bar.value }</text>
                    </g>
                }
            }) }
        </svg>
    }
}
