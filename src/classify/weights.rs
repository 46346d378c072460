// Written by `cargo run --release --example train_boilerplate -- --write src/classify/weights.rs`
// from ../shared/corpus; do not edit by hand.
/// The line classifier's weights, one per feature of [`NAMES`].
pub static WEIGHTS: [f32; N] = [
    -3.028865, // bias
    -1.2069515, // length
    -0.83518124, // CJK share
    -0.96427363, // punctuation share
    0.9736815, // full stops
    0.38235343, // ends like a sentence
    -1.2813804, // ends with 。 or ；
    -1.2388664, // ends with a colon
    0.31161553, // ends with an ellipsis
    0.12812741, // table cells
    -2.2839315, // a marker
    -0.52168494, // a Markdown heading
    1.5889773, // a certain pattern
    1.4510375, // a strong pattern
    1.1094046, // an edge pattern
    0.55472803, // a pattern that ends articles
    0.7945983, // a metadata pattern
    0.5676701, // a navigation pattern
    0.08635723, // a related-list pattern
    1.3430175, // a markup pattern
    1.3577763, // another clutter pattern
    0.19790192, // position in the document
    2.553765, // before the body
    1.305689, // after the body
    -1.456395, // dense text
    3.2187529, // the rules removed it
    0.385719, // the rules removed the line above
    0.28251603, // the rules removed the line below
    0.47774115, // dense text above
    -0.14995341, // dense text below
    0.2682801, // length of the line above
    -0.99295974, // length of the line below
    0.25641152, // digit share
    0.6947334, // Latin share
    2.253571, // a link
    -0.11815507, // repeated in the document
    -1.3668519, // a date line
    0.9419123, // widget residue
    0.40023014, // reads as a sentence
    -0.5939704, // a person's name
    -1.3963728, // separators
    1.8205478, // removed lines around it
    -0.7178015, // dense lines around it
    1.2081019, // distance into the head
    1.2287349, // distance into the tail
    -0.013504405, // removed share of the document
    2.554144, // teaser-like lines in the document
];
