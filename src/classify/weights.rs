// Written by `cargo run --release --example train_boilerplate -- --write src/classify/weights.rs`
// from ../shared/corpus; do not edit by hand.
/// The line classifier's weights, one per feature of [`NAMES`].
pub static WEIGHTS: [f32; N] = [
    -2.306814, // bias
    -1.048348, // length
    0.268413, // CJK share
    -1.210622, // punctuation share
    0.522508, // full stops
    0.126752, // ends like a sentence
    -1.509046, // ends with 。 or ；
    -1.533859, // ends with a colon
    0.571800, // ends with an ellipsis
    -0.172787, // table cells
    -2.655652, // a marker
    -0.609576, // a Markdown heading
    2.594264, // a certain pattern
    1.649232, // a strong pattern
    1.333134, // an edge pattern
    0.549266, // a pattern that ends articles
    1.268644, // a metadata pattern
    0.500602, // a navigation pattern
    0.086383, // a related-list pattern
    2.585982, // a markup pattern
    1.135018, // another clutter pattern
    0.071688, // position in the document
    2.161739, // before the body
    1.487766, // after the body
    -1.543488, // dense text
    2.029753, // the rules removed it
    0.100519, // the rules removed the line above
    0.421544, // the rules removed the line below
    0.416869, // dense text above
    -0.278601, // dense text below
    -0.335775, // length of the line above
    -0.769343, // length of the line below
    0.030329, // digit share
    1.252831, // Latin share
    3.077776, // a link
    -0.311215, // repeated in the document
    -1.411668, // a date line
    0.070073, // widget residue
    0.351854, // reads as a sentence
    -0.787335, // a person's name
    -2.662276, // separators
    0.943551, // removed lines around it
    -1.572565, // dense lines around it
    1.037765, // distance into the head
    1.978321, // distance into the tail
    -0.703105, // removed share of the document
    5.659944, // teaser-like lines in the document
];
