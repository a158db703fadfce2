//! Weights of the chat reply model (`chat.rs`), written by `palabre-train`:
//! `cargo run --release --bin palabre-train -- ../shared/corpora/irc-train`
//! (153 logs of the Kummerfeld et al. 2019 training split, 8 epochs). Do not edit.

pub const WEIGHTS: &[f32] = &[
    -0.4783, // link
    0.5273,  // distance 1
    0.0473,  // distance 2
    -0.1630, // distance 3
    -0.3627, // distance 4
    -0.5806, // distance 5-6
    -0.9718, // distance 7-10
    -1.3934, // distance 11-20
    -2.0157, // distance 21-50
    -2.7502, // distance 51+
    0.7220,  // minutes 0
    0.3080,  // minutes 1
    -0.2096, // minutes 2
    -0.6061, // minutes 3-4
    -0.9205, // minutes 5-9
    -1.4184, // minutes 10+
    3.3084,  // addresses its author
    3.8832,  // mentions its author
    -2.9656, // addresses someone else
    0.4059,  // it addresses our author
    1.6303,  // it mentions our author
    1.2787,  // same author
    1.8007,  // our author's previous message
    0.1623,  // its author's latest message
    -1.1172, // it addresses someone else
    0.1331,  // it asks a question
    0.9963,  // latest message addressing our author
    0.0142,  // our author last addressed its author
    2.1614,  // same author, addressing someone
    0.1539,  // addresses its author, its latest
    1.2064,  // it addresses our author, we address no one
    -0.5202, // it is short
    0.2028,  // its author's first words, a question
    0.5789,  // its author last addressed our author
    -2.5824, // log distance
    3.7461,  // shared words
    0.4783,  // no parent
    -2.3992, // no parent: addresses someone
    0.6756,  // no parent: asks a question
    1.4642,  // no parent: author new in window
    -0.6029, // no parent: mentions someone
    -0.3888, // no parent: author was addressed
    0.3602,  // no parent: author silent 10+ min
    1.2446,  // no parent: opens with a question word
    0.6466,  // no parent: long
];
