// Written by `cargo run --release --example train_boilerplate -- --write src/classify/weights.rs`
// from ../shared/corpus; do not edit by hand.
/// The line classifier's weights, one per feature of [`NAMES`].
pub static WEIGHTS: [f32; N] = [
    -2.536258, // bias
    -1.255981, // length
    -0.697289, // CJK share
    -1.009376, // punctuation share
    0.897479, // full stops
    0.327815, // ends like a sentence
    -1.334013, // ends with 。 or ；
    -1.367956, // ends with a colon
    0.336368, // ends with an ellipsis
    0.165891, // table cells
    -2.400667, // a marker
    -0.611180, // a Markdown heading
    1.849176, // a certain pattern
    1.163150, // a strong pattern
    1.067800, // an edge pattern
    0.639982, // a pattern that ends articles
    0.793400, // a metadata pattern
    0.617315, // a navigation pattern
    0.092220, // a related-list pattern
    1.695066, // a markup pattern
    0.882125, // another clutter pattern
    -0.207768, // position in the document
    2.159254, // before the body
    1.367436, // after the body
    -1.454003, // dense text
    3.260174, // the rules removed it
    0.278082, // the rules removed the line above
    0.175391, // the rules removed the line below
    0.395985, // dense text above
    -0.210165, // dense text below
    0.294508, // length of the line above
    -0.913518, // length of the line below
    0.354553, // digit share
    0.776328, // Latin share
    3.030256, // a link
    -0.294277, // repeated in the document
    -1.504535, // a date line
    0.957560, // widget residue
    0.279009, // reads as a sentence
    -0.701457, // a person's name
    -1.699247, // separators
    1.437932, // removed lines around it
    -0.746357, // dense lines around it
    1.183604, // distance into the head
    1.401377, // distance into the tail
    0.049939, // removed share of the document
    2.613913, // teaser-like lines in the document
];
