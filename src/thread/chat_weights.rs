//! Weights of the chat reply model (`chat.rs`), written by `palabre-train`:
//! `cargo run --release --bin palabre-train -- ../shared/corpora/irc-train`
//! (153 logs of the Kummerfeld et al. 2019 training split, 8 epochs). Do not edit.

pub const WEIGHTS: &[f32] = &[
    -0.5134, // link
    0.0467,  // distance 1
    0.3720,  // distance 2
    0.2016,  // distance 3
    -0.0923, // distance 4
    -0.3996, // distance 5-6
    -0.8731, // distance 7-10
    -1.5213, // distance 11-20
    -2.2806, // distance 21-50
    -2.5155, // distance 51+
    0.6546,  // minutes 0
    0.2881,  // minutes 1
    -0.2210, // minutes 2
    -0.6380, // minutes 3-4
    -0.9357, // minutes 5-9
    -1.4143, // minutes 10+
    2.6261,  // addresses its author
    2.9904,  // mentions its author
    -1.9471, // addresses someone else
    1.0125,  // it addresses our author
    1.6673,  // it mentions our author
    1.5059,  // same author
    0.5352,  // our author's previous message
    0.3181,  // its author's latest message
    -0.6046, // it addresses someone else
    0.5337,  // it asks a question
    0.6734,  // latest message addressing our author
    1.2731,  // our author last addressed its author
    0.4461,  // same author, addressing someone
    0.3606,  // addresses its author, its latest
    0.8328,  // it addresses our author, we address no one
    -0.0552, // it is short
    0.1877,  // its author's first words, a question
    1.2765,  // its author last addressed our author
    -2.7034, // log distance
    3.2236,  // shared words
    0.5134,  // no parent
    -2.8075, // no parent: addresses someone
    0.6769,  // no parent: asks a question
    1.3575,  // no parent: author new in window
    -0.5962, // no parent: mentions someone
    -0.2866, // no parent: author was addressed
    0.3273,  // no parent: author silent 10+ min
    1.2447,  // no parent: opens with a question word
    0.6028,  // no parent: long
    -1.0597, // addresses its author & distance 1
    -0.2356, // addresses its author & distance 2
    0.1703,  // addresses its author & distance 3
    0.5128,  // addresses its author & distance 4
    0.6104,  // addresses its author & distance 5-6
    0.7252,  // addresses its author & distance 7-10
    0.8901,  // addresses its author & distance 11-20
    0.8702,  // addresses its author & distance 21-50
    -0.0746, // addresses its author & distance 51+
    -0.5302, // mentions its author & distance 1
    0.1536,  // mentions its author & distance 2
    0.4510,  // mentions its author & distance 3
    0.8547,  // mentions its author & distance 4
    0.8909,  // mentions its author & distance 5-6
    1.1456,  // mentions its author & distance 7-10
    1.1987,  // mentions its author & distance 11-20
    1.1374,  // mentions its author & distance 21-50
    0.4723,  // mentions its author & distance 51+
    -1.1905, // addresses someone else & distance 1
    -1.2898, // addresses someone else & distance 2
    -1.2958, // addresses someone else & distance 3
    -1.1723, // addresses someone else & distance 4
    -1.2901, // addresses someone else & distance 5-6
    -1.1721, // addresses someone else & distance 7-10
    -1.3305, // addresses someone else & distance 11-20
    -1.5520, // addresses someone else & distance 21-50
    -1.7288, // addresses someone else & distance 51+
    0.0990,  // it addresses our author & distance 1
    0.3770,  // it addresses our author & distance 2
    0.1670,  // it addresses our author & distance 3
    0.0176,  // it addresses our author & distance 4
    0.2156,  // it addresses our author & distance 5-6
    -0.1775, // it addresses our author & distance 7-10
    -0.1374, // it addresses our author & distance 11-20
    -0.2169, // it addresses our author & distance 21-50
    -0.0511, // it addresses our author & distance 51+
    0.4749,  // it mentions our author & distance 1
    0.4447,  // it mentions our author & distance 2
    0.1198,  // it mentions our author & distance 3
    0.0815,  // it mentions our author & distance 4
    0.1696,  // it mentions our author & distance 5-6
    0.1645,  // it mentions our author & distance 7-10
    0.4002,  // it mentions our author & distance 11-20
    0.0315,  // it mentions our author & distance 21-50
    0.4715,  // it mentions our author & distance 51+
    0.2503,  // same author & distance 1
    -0.4108, // same author & distance 2
    -0.5415, // same author & distance 3
    -0.4886, // same author & distance 4
    -0.7106, // same author & distance 5-6
    -0.3712, // same author & distance 7-10
    0.0376,  // same author & distance 11-20
    1.0699,  // same author & distance 21-50
    1.3690,  // same author & distance 51+
    0.2503,  // our author's previous message & distance 1
    -0.0939, // our author's previous message & distance 2
    0.0650,  // our author's previous message & distance 3
    -0.1701, // our author's previous message & distance 4
    -0.0799, // our author's previous message & distance 5-6
    -0.3823, // our author's previous message & distance 7-10
    -0.2700, // our author's previous message & distance 11-20
    -0.1845, // our author's previous message & distance 21-50
    0.4400,  // our author's previous message & distance 51+
    0.0467,  // its author's latest message & distance 1
    -0.7049, // its author's latest message & distance 2
    -0.7764, // its author's latest message & distance 3
    -0.6217, // its author's latest message & distance 4
    -0.3697, // its author's latest message & distance 5-6
    -0.2223, // its author's latest message & distance 7-10
    0.1067,  // its author's latest message & distance 11-20
    0.3941,  // its author's latest message & distance 21-50
    0.0960,  // its author's latest message & distance 51+
    -0.7560, // it addresses someone else & distance 1
    -0.6385, // it addresses someone else & distance 2
    -0.6034, // it addresses someone else & distance 3
    -0.6064, // it addresses someone else & distance 4
    -0.6449, // it addresses someone else & distance 5-6
    -0.8250, // it addresses someone else & distance 7-10
    -0.8140, // it addresses someone else & distance 11-20
    -1.2245, // it addresses someone else & distance 21-50
    -1.6141, // it addresses someone else & distance 51+
    -0.3387, // it asks a question & distance 1
    -0.2628, // it asks a question & distance 2
    -0.3697, // it asks a question & distance 3
    -0.4990, // it asks a question & distance 4
    -0.3521, // it asks a question & distance 5-6
    -0.4513, // it asks a question & distance 7-10
    -0.3574, // it asks a question & distance 11-20
    -0.3927, // it asks a question & distance 21-50
    -0.4039, // it asks a question & distance 51+
    0.0990,  // latest message addressing our author & distance 1
    -0.4422, // latest message addressing our author & distance 2
    -0.4358, // latest message addressing our author & distance 3
    -0.1145, // latest message addressing our author & distance 4
    -0.1817, // latest message addressing our author & distance 5-6
    0.2091,  // latest message addressing our author & distance 7-10
    0.5174,  // latest message addressing our author & distance 11-20
    1.0872,  // latest message addressing our author & distance 21-50
    1.3644,  // latest message addressing our author & distance 51+
    0.5176,  // our author last addressed its author & distance 1
    0.4444,  // our author last addressed its author & distance 2
    0.1884,  // our author last addressed its author & distance 3
    -0.0039, // our author last addressed its author & distance 4
    -0.0909, // our author last addressed its author & distance 5-6
    -0.1322, // our author last addressed its author & distance 7-10
    -0.1555, // our author last addressed its author & distance 11-20
    -0.1274, // our author last addressed its author & distance 21-50
    -0.1572, // our author last addressed its author & distance 51+
    0.2057,  // its author last addressed our author & distance 1
    0.3361,  // its author last addressed our author & distance 2
    0.3775,  // its author last addressed our author & distance 3
    0.0513,  // its author last addressed our author & distance 4
    -0.1812, // its author last addressed our author & distance 5-6
    -0.1386, // its author last addressed our author & distance 7-10
    -0.3422, // its author last addressed our author & distance 11-20
    -0.6034, // its author last addressed our author & distance 21-50
    -0.7495, // its author last addressed our author & distance 51+
    -0.2272, // it is short & distance 1
    -0.5253, // it is short & distance 2
    -0.6745, // it is short & distance 3
    -0.6573, // it is short & distance 4
    -0.5651, // it is short & distance 5-6
    -0.5791, // it is short & distance 7-10
    -0.5771, // it is short & distance 11-20
    -0.7040, // it is short & distance 21-50
    -1.2485, // it is short & distance 51+
    0.0000,  // addresses its author & mentions its author
    0.0000,  // addresses its author & addresses someone else
    0.3483,  // addresses its author & it addresses our author
    -0.5179, // addresses its author & it mentions our author
    -1.3551, // addresses its author & same author
    -1.2564, // addresses its author & our author's previous message
    0.3606,  // addresses its author & its author's latest message
    0.4547,  // addresses its author & it addresses someone else
    0.3699,  // addresses its author & it asks a question
    -0.0978, // addresses its author & latest message addressing our author
    -1.9185, // addresses its author & our author last addressed its author
    -0.6277, // addresses its author & its author last addressed our author
    -0.5909, // addresses its author & it is short
    0.5583,  // mentions its author & addresses someone else
    -0.4369, // mentions its author & it addresses our author
    -0.6305, // mentions its author & it mentions our author
    -2.4765, // mentions its author & same author
    -1.7710, // mentions its author & our author's previous message
    0.8731,  // mentions its author & its author's latest message
    0.2599,  // mentions its author & it addresses someone else
    0.5984,  // mentions its author & it asks a question
    -0.5251, // mentions its author & latest message addressing our author
    -0.2081, // mentions its author & our author last addressed its author
    -0.8175, // mentions its author & its author last addressed our author
    -0.1741, // mentions its author & it is short
    0.6408,  // addresses someone else & it addresses our author
    -0.5584, // addresses someone else & it mentions our author
    0.5618,  // addresses someone else & same author
    0.1907,  // addresses someone else & our author's previous message
    -0.7106, // addresses someone else & its author's latest message
    0.5901,  // addresses someone else & it addresses someone else
    -0.2761, // addresses someone else & it asks a question
    0.1970,  // addresses someone else & latest message addressing our author
    -0.5820, // addresses someone else & our author last addressed its author
    -0.4695, // addresses someone else & its author last addressed our author
    0.3245,  // addresses someone else & it is short
    0.0000,  // it addresses our author & it mentions our author
    -0.3983, // it addresses our author & same author
    -0.0590, // it addresses our author & our author's previous message
    -0.0580, // it addresses our author & its author's latest message
    0.0000,  // it addresses our author & it addresses someone else
    -0.3232, // it addresses our author & it asks a question
    0.6734,  // it addresses our author & latest message addressing our author
    -0.6673, // it addresses our author & our author last addressed its author
    -0.4543, // it addresses our author & its author last addressed our author
    0.4822,  // it addresses our author & it is short
    -1.8474, // it mentions our author & same author
    -1.3579, // it mentions our author & our author's previous message
    0.4078,  // it mentions our author & its author's latest message
    0.9447,  // it mentions our author & it addresses someone else
    0.1488,  // it mentions our author & it asks a question
    0.0000,  // it mentions our author & latest message addressing our author
    -0.6235, // it mentions our author & our author last addressed its author
    -0.7682, // it mentions our author & its author last addressed our author
    0.4659,  // it mentions our author & it is short
    0.5352,  // same author & our author's previous message
    0.5352,  // same author & its author's latest message
    0.6112,  // same author & it addresses someone else
    0.5399,  // same author & it asks a question
    -0.3289, // same author & latest message addressing our author
    0.0000,  // same author & our author last addressed its author
    0.0000,  // same author & its author last addressed our author
    -0.3474, // same author & it is short
    0.5352,  // our author's previous message & its author's latest message
    0.5687,  // our author's previous message & it addresses someone else
    -0.8340, // our author's previous message & it asks a question
    -0.0240, // our author's previous message & latest message addressing our author
    0.0000,  // our author's previous message & our author last addressed its author
    0.0000,  // our author's previous message & its author last addressed our author
    -0.4038, // our author's previous message & it is short
    -0.2866, // its author's latest message & it addresses someone else
    -0.0280, // its author's latest message & it asks a question
    -0.3897, // its author's latest message & latest message addressing our author
    0.1637,  // its author's latest message & our author last addressed its author
    0.3772,  // its author's latest message & its author last addressed our author
    0.3825,  // its author's latest message & it is short
    -0.2110, // it addresses someone else & it asks a question
    0.0000,  // it addresses someone else & latest message addressing our author
    -0.8247, // it addresses someone else & our author last addressed its author
    -0.7574, // it addresses someone else & its author last addressed our author
    0.1793,  // it addresses someone else & it is short
    0.1448,  // it asks a question & latest message addressing our author
    -0.0990, // it asks a question & our author last addressed its author
    0.1079,  // it asks a question & its author last addressed our author
    0.1416,  // it asks a question & it is short
    -0.0397, // latest message addressing our author & our author last addressed its author
    -0.4905, // latest message addressing our author & its author last addressed our author
    -0.0417, // latest message addressing our author & it is short
    -0.9353, // our author last addressed its author & its author last addressed our author
    0.0523,  // our author last addressed its author & it is short
    -0.1378, // its author last addressed our author & it is short
];
