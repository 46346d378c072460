// Written by `cargo run --release --example train_boilerplate -- --write src/classify/weights.rs`
// from ../shared/corpus; do not edit by hand.
/// The line classifier's weights, one per feature of [`NAMES`].
pub static WEIGHTS: [f32; N] = [
    -2.5362575, // bias
    -1.2559814, // length
    -0.69728905, // CJK share
    -1.0093764, // punctuation share
    0.8974795, // full stops
    0.32781547, // ends like a sentence
    -1.334013, // ends with 。 or ；
    -1.3679559, // ends with a colon
    0.33636814, // ends with an ellipsis
    0.16589099, // table cells
    -2.4006674, // a marker
    -0.61118025, // a Markdown heading
    1.8491756, // a certain pattern
    1.1631501, // a strong pattern
    1.0678002, // an edge pattern
    0.6399824, // a pattern that ends articles
    0.79339975, // a metadata pattern
    0.61731493, // a navigation pattern
    0.09221953, // a related-list pattern
    1.6950663, // a markup pattern
    0.8821254, // another clutter pattern
    -0.20776784, // position in the document
    2.1592543, // before the body
    1.367436, // after the body
    -1.454003, // dense text
    3.260174, // the rules removed it
    0.27808174, // the rules removed the line above
    0.17539065, // the rules removed the line below
    0.39598453, // dense text above
    -0.21016549, // dense text below
    0.29450807, // length of the line above
    -0.913518, // length of the line below
    0.3545532, // digit share
    0.7763279, // Latin share
    3.0302556, // a link
    -0.29427683, // repeated in the document
    -1.5045346, // a date line
    0.95756036, // widget residue
    0.27900866, // reads as a sentence
    -0.70145744, // a person's name
    -1.6992474, // separators
    1.4379323, // removed lines around it
    -0.74635655, // dense lines around it
    1.1836039, // distance into the head
    1.4013773, // distance into the tail
    0.04993929, // removed share of the document
    2.6139126, // teaser-like lines in the document
];
