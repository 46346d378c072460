// Written by `cargo run --release --example train_boilerplate -- --write src/classify/weights.rs`
// from ../shared/corpus; do not edit by hand.
/// The line classifier's weights, one per feature of [`NAMES`].
pub static WEIGHTS: [f32; N] = [
    -2.7479744, // bias
    -1.0779035, // length
    -0.5672321, // CJK share
    -0.48056823, // punctuation share
    0.5329712, // full stops
    0.680974, // ends like a sentence
    -1.2560151, // ends with 。 or ；
    -1.396024, // ends with a colon
    0.12251267, // ends with an ellipsis
    0.035117898, // table cells
    -2.1373584, // a marker
    -0.47201487, // a Markdown heading
    1.279891, // a certain pattern
    0.70276654, // a strong pattern
    0.8450278, // an edge pattern
    0.60652924, // a pattern that ends articles
    0.38859838, // a metadata pattern
    0.41373122, // a navigation pattern
    0.013017916, // a related-list pattern
    0.8786136, // a markup pattern
    1.1337242, // another clutter pattern
    -0.19600756, // position in the document
    2.2580633, // before the body
    2.1240892, // after the body
    -1.0898619, // dense text
    4.857505, // the rules removed it
    0.6215758, // the rules removed the line above
    0.75606, // the rules removed the line below
    0.32440042, // dense text above
    -0.042212088, // dense text below
    0.056955326, // length of the line above
    -1.1852479, // length of the line below
    -0.049333178, // digit share
    0.74808913, // Latin share
    2.371928, // a link
    -0.57432467, // repeated in the document
    -1.5571543, // a date line
    0.530532, // widget residue
    0.15369269, // reads as a sentence
    -0.87848943, // a person's name
    -1.7262348, // separators
    2.1894, // removed lines around it
    -0.92726743, // dense lines around it
    1.0965322, // distance into the head
    -0.58636177, // distance into the tail
    0.20084243, // removed share of the document
    0.79143244, // teaser-like lines in the document
];
