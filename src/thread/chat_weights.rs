//! Weights of the chat reply model (`chat.rs`), written by `palabre-train`:
//! `cargo run --release --bin palabre-train -- ../shared/corpora/irc-train`
//! (153 logs of the Kummerfeld et al. 2019 training split, 20 epochs). Do not edit.

pub const WEIGHTS: &[f32] = &[
    -0.5057, // link
    -0.0205, // distance 1
    0.3756,  // distance 2
    0.1359,  // distance 3
    -0.1538, // distance 4
    -0.5263, // distance 5-6
    -1.0160, // distance 7-10
    -1.7123, // distance 11-20
    -1.4598, // distance 21-50
    -1.5212, // distance 51+
    0.6196,  // minutes 0
    0.3182,  // minutes 1
    -0.3408, // minutes 2
    -0.8345, // minutes 3-4
    -1.1256, // minutes 5-9
    -1.2225, // minutes 10+
    1.8697,  // addresses its author
    2.6758,  // mentions its author
    -1.7271, // addresses someone else
    0.9169,  // it addresses our author
    1.5006,  // it mentions our author
    1.0993,  // same author
    0.5110,  // our author's previous message
    0.2519,  // its author's latest message
    -0.3034, // it addresses someone else
    0.4467,  // it asks a question
    0.6237,  // latest message addressing our author
    1.0455,  // our author last addressed its author
    0.4996,  // same author, addressing someone
    0.3540,  // addresses its author, its latest
    0.6254,  // it addresses our author, we address no one
    -0.2109, // it is short
    0.1752,  // its author's first words, a question
    1.1654,  // its author last addressed our author
    -2.7058, // log distance
    3.2105,  // shared words
    0.5057,  // no parent
    -1.1088, // no parent: addresses someone
    0.2225,  // no parent: asks a question
    0.3600,  // no parent: author new in window
    0.0938,  // no parent: mentions someone
    -0.2043, // no parent: author was addressed
    0.1315,  // no parent: author silent 10+ min
    0.6193,  // no parent: opens with a question word
    0.2921,  // no parent: long
    0.6395,  // it is a bot command
    0.1065,  // no parent: addresses someone absent
    -0.9197, // addresses its author & distance 1
    -0.2512, // addresses its author & distance 2
    0.1223,  // addresses its author & distance 3
    0.4408,  // addresses its author & distance 4
    0.5350,  // addresses its author & distance 5-6
    0.6357,  // addresses its author & distance 7-10
    0.7602,  // addresses its author & distance 11-20
    -0.0985, // addresses its author & distance 21-50
    -1.1048, // addresses its author & distance 51+
    -0.4348, // mentions its author & distance 1
    0.1136,  // mentions its author & distance 2
    0.4150,  // mentions its author & distance 3
    0.7747,  // mentions its author & distance 4
    0.8436,  // mentions its author & distance 5-6
    1.1330,  // mentions its author & distance 7-10
    1.2438,  // mentions its author & distance 11-20
    0.4953,  // mentions its author & distance 21-50
    -0.1311, // mentions its author & distance 51+
    -1.0849, // addresses someone else & distance 1
    -1.1425, // addresses someone else & distance 2
    -1.1082, // addresses someone else & distance 3
    -1.0089, // addresses someone else & distance 4
    -1.1546, // addresses someone else & distance 5-6
    -1.0823, // addresses someone else & distance 7-10
    -1.2368, // addresses someone else & distance 11-20
    -1.3141, // addresses someone else & distance 21-50
    -1.5914, // addresses someone else & distance 51+
    0.1688,  // it addresses our author & distance 1
    0.4952,  // it addresses our author & distance 2
    0.2059,  // it addresses our author & distance 3
    0.0130,  // it addresses our author & distance 4
    0.2485,  // it addresses our author & distance 5-6
    -0.1526, // it addresses our author & distance 7-10
    -0.0641, // it addresses our author & distance 11-20
    -0.4672, // it addresses our author & distance 21-50
    -0.5272, // it addresses our author & distance 51+
    0.4268,  // it mentions our author & distance 1
    0.3490,  // it mentions our author & distance 2
    0.2398,  // it mentions our author & distance 3
    0.0965,  // it mentions our author & distance 4
    0.2146,  // it mentions our author & distance 5-6
    0.0316,  // it mentions our author & distance 7-10
    0.3671,  // it mentions our author & distance 11-20
    -0.4002, // it mentions our author & distance 21-50
    0.0611,  // it mentions our author & distance 51+
    0.3898,  // same author & distance 1
    -0.3911, // same author & distance 2
    -0.4996, // same author & distance 3
    -0.4079, // same author & distance 4
    -0.5393, // same author & distance 5-6
    -0.1014, // same author & distance 7-10
    0.3546,  // same author & distance 11-20
    0.2483,  // same author & distance 21-50
    0.2089,  // same author & distance 51+
    0.3898,  // our author's previous message & distance 1
    0.0613,  // our author's previous message & distance 2
    0.2066,  // our author's previous message & distance 3
    -0.0456, // our author's previous message & distance 4
    0.0102,  // our author's previous message & distance 5-6
    -0.3332, // our author's previous message & distance 7-10
    -0.2931, // our author's previous message & distance 11-20
    -0.5269, // our author's previous message & distance 21-50
    -0.4217, // our author's previous message & distance 51+
    -0.0205, // its author's latest message & distance 1
    -0.6386, // its author's latest message & distance 2
    -0.6578, // its author's latest message & distance 3
    -0.5017, // its author's latest message & distance 4
    -0.2526, // its author's latest message & distance 5-6
    -0.1493, // its author's latest message & distance 7-10
    0.1194,  // its author's latest message & distance 11-20
    0.5489,  // its author's latest message & distance 21-50
    0.5605,  // its author's latest message & distance 51+
    -0.5962, // it addresses someone else & distance 1
    -0.5310, // it addresses someone else & distance 2
    -0.5258, // it addresses someone else & distance 3
    -0.5377, // it addresses someone else & distance 4
    -0.5770, // it addresses someone else & distance 5-6
    -0.7318, // it addresses someone else & distance 7-10
    -0.7111, // it addresses someone else & distance 11-20
    -1.0668, // it addresses someone else & distance 21-50
    -0.9342, // it addresses someone else & distance 51+
    -0.1103, // it asks a question & distance 1
    -0.1123, // it asks a question & distance 2
    -0.2238, // it asks a question & distance 3
    -0.3350, // it asks a question & distance 4
    -0.1852, // it asks a question & distance 5-6
    -0.2617, // it asks a question & distance 7-10
    -0.1863, // it asks a question & distance 11-20
    -0.2804, // it asks a question & distance 21-50
    -0.2978, // it asks a question & distance 51+
    0.1688,  // latest message addressing our author & distance 1
    -0.3994, // latest message addressing our author & distance 2
    -0.3240, // latest message addressing our author & distance 3
    0.0176,  // latest message addressing our author & distance 4
    -0.1080, // latest message addressing our author & distance 5-6
    0.2723,  // latest message addressing our author & distance 7-10
    0.4348,  // latest message addressing our author & distance 11-20
    0.6598,  // latest message addressing our author & distance 21-50
    0.8310,  // latest message addressing our author & distance 51+
    0.4471,  // our author last addressed its author & distance 1
    0.2834,  // our author last addressed its author & distance 2
    0.0493,  // our author last addressed its author & distance 3
    -0.1052, // our author last addressed its author & distance 4
    -0.1784, // our author last addressed its author & distance 5-6
    -0.1870, // our author last addressed its author & distance 7-10
    -0.1647, // our author last addressed its author & distance 11-20
    -0.0721, // our author last addressed its author & distance 21-50
    0.0185,  // our author last addressed its author & distance 51+
    0.2164,  // its author last addressed our author & distance 1
    0.2164,  // its author last addressed our author & distance 2
    0.2936,  // its author last addressed our author & distance 3
    0.0127,  // its author last addressed our author & distance 4
    -0.1962, // its author last addressed our author & distance 5-6
    -0.1124, // its author last addressed our author & distance 7-10
    -0.2406, // its author last addressed our author & distance 11-20
    -0.5672, // its author last addressed our author & distance 21-50
    -0.7520, // its author last addressed our author & distance 51+
    -0.4444, // it is short & distance 1
    -0.4750, // it is short & distance 2
    -0.5752, // it is short & distance 3
    -0.5374, // it is short & distance 4
    -0.4088, // it is short & distance 5-6
    -0.4597, // it is short & distance 7-10
    -0.4145, // it is short & distance 11-20
    -0.5637, // it is short & distance 21-50
    -0.9369, // it is short & distance 51+
    2.3059,  // it is a bot command & distance 1
    -0.9704, // it is a bot command & distance 2
    -1.4764, // it is a bot command & distance 3
    -1.7116, // it is a bot command & distance 4
    -1.7041, // it is a bot command & distance 5-6
    -1.1065, // it is a bot command & distance 7-10
    -1.5171, // it is a bot command & distance 11-20
    -0.6586, // it is a bot command & distance 21-50
    -0.1353, // it is a bot command & distance 51+
    0.2943,  // addresses its author & minutes 0
    0.2889,  // addresses its author & minutes 1
    0.5696,  // addresses its author & minutes 2
    0.5595,  // addresses its author & minutes 3-4
    0.6131,  // addresses its author & minutes 5-9
    0.3878,  // addresses its author & minutes 10+
    0.7502,  // mentions its author & minutes 0
    0.8170,  // mentions its author & minutes 1
    1.0721,  // mentions its author & minutes 2
    0.9869,  // mentions its author & minutes 3-4
    1.3815,  // mentions its author & minutes 5-9
    0.6381,  // mentions its author & minutes 10+
    -1.1943, // addresses someone else & minutes 0
    -0.9721, // addresses someone else & minutes 1
    -1.1169, // addresses someone else & minutes 2
    -1.3236, // addresses someone else & minutes 3-4
    -1.1589, // addresses someone else & minutes 5-9
    -1.4536, // addresses someone else & minutes 10+
    0.3751,  // it addresses our author & minutes 0
    0.2202,  // it addresses our author & minutes 1
    -0.0081, // it addresses our author & minutes 2
    0.0988,  // it addresses our author & minutes 3-4
    -0.0852, // it addresses our author & minutes 5-9
    -0.4722, // it addresses our author & minutes 10+
    0.3329,  // it mentions our author & minutes 0
    0.4960,  // it mentions our author & minutes 1
    0.6810,  // it mentions our author & minutes 2
    0.3929,  // it mentions our author & minutes 3-4
    -0.0884, // it mentions our author & minutes 5-9
    0.6463,  // it mentions our author & minutes 10+
    0.2441,  // same author & minutes 0
    0.0689,  // same author & minutes 1
    0.3736,  // same author & minutes 2
    0.5645,  // same author & minutes 3-4
    0.5780,  // same author & minutes 5-9
    0.6357,  // same author & minutes 10+
    0.3270,  // our author's previous message & minutes 0
    0.0435,  // our author's previous message & minutes 1
    -0.0566, // our author's previous message & minutes 2
    -0.0239, // our author's previous message & minutes 3-4
    0.0087,  // our author's previous message & minutes 5-9
    0.0074,  // our author's previous message & minutes 10+
    -0.1626, // its author's latest message & minutes 0
    -0.0664, // its author's latest message & minutes 1
    0.0508,  // its author's latest message & minutes 2
    0.3048,  // its author's latest message & minutes 3-4
    0.4963,  // its author's latest message & minutes 5-9
    0.3721,  // its author's latest message & minutes 10+
    -0.4336, // it addresses someone else & minutes 0
    -0.2967, // it addresses someone else & minutes 1
    -0.3464, // it addresses someone else & minutes 2
    -0.4178, // it addresses someone else & minutes 3-4
    -0.5835, // it addresses someone else & minutes 5-9
    -1.1354, // it addresses someone else & minutes 10+
    -0.0018, // it asks a question & minutes 0
    -0.0520, // it asks a question & minutes 1
    -0.0141, // it asks a question & minutes 2
    0.0378,  // it asks a question & minutes 3-4
    0.0799,  // it asks a question & minutes 5-9
    0.2141,  // it asks a question & minutes 10+
    -0.1020, // latest message addressing our author & minutes 0
    -0.0083, // latest message addressing our author & minutes 1
    0.2982,  // latest message addressing our author & minutes 2
    0.4751,  // latest message addressing our author & minutes 3-4
    0.6682,  // latest message addressing our author & minutes 5-9
    1.1114,  // latest message addressing our author & minutes 10+
    0.4841,  // our author last addressed its author & minutes 0
    0.4705,  // our author last addressed its author & minutes 1
    0.3709,  // our author last addressed its author & minutes 2
    0.2935,  // our author last addressed its author & minutes 3-4
    0.3705,  // our author last addressed its author & minutes 5-9
    0.1155,  // our author last addressed its author & minutes 10+
    0.4442,  // its author last addressed our author & minutes 0
    0.3369,  // its author last addressed our author & minutes 1
    0.2894,  // its author last addressed our author & minutes 2
    0.0802,  // its author last addressed our author & minutes 3-4
    0.0296,  // its author last addressed our author & minutes 5-9
    -0.1954, // its author last addressed our author & minutes 10+
    -0.1641, // it is short & minutes 0
    -0.2066, // it is short & minutes 1
    -0.2466, // it is short & minutes 2
    -0.1449, // it is short & minutes 3-4
    -0.1176, // it is short & minutes 5-9
    0.1379,  // it is short & minutes 10+
    0.2276,  // it is a bot command & minutes 0
    -0.3329, // it is a bot command & minutes 1
    0.0246,  // it is a bot command & minutes 2
    -0.4272, // it is a bot command & minutes 3-4
    -0.6649, // it is a bot command & minutes 5-9
    -1.8486, // it is a bot command & minutes 10+
    0.0000,  // addresses its author & mentions its author
    0.0000,  // addresses its author & addresses someone else
    0.4658,  // addresses its author & it addresses our author
    -0.4734, // addresses its author & it mentions our author
    -2.1806, // addresses its author & same author
    -1.9417, // addresses its author & our author's previous message
    0.3540,  // addresses its author & its author's latest message
    0.3270,  // addresses its author & it addresses someone else
    0.2767,  // addresses its author & it asks a question
    -0.2878, // addresses its author & latest message addressing our author
    -2.1206, // addresses its author & our author last addressed its author
    -0.6039, // addresses its author & its author last addressed our author
    -0.4328, // addresses its author & it is short
    -1.2677, // addresses its author & it is a bot command
    0.3524,  // mentions its author & addresses someone else
    -0.4055, // mentions its author & it addresses our author
    -0.8045, // mentions its author & it mentions our author
    -2.8196, // mentions its author & same author
    -1.6278, // mentions its author & our author's previous message
    0.9030,  // mentions its author & its author's latest message
    0.0779,  // mentions its author & it addresses someone else
    0.3091,  // mentions its author & it asks a question
    -0.4968, // mentions its author & latest message addressing our author
    -0.5541, // mentions its author & our author last addressed its author
    -1.1138, // mentions its author & its author last addressed our author
    -0.0781, // mentions its author & it is short
    -1.0057, // mentions its author & it is a bot command
    0.8200,  // addresses someone else & it addresses our author
    -0.6427, // addresses someone else & it mentions our author
    0.6732,  // addresses someone else & same author
    0.1579,  // addresses someone else & our author's previous message
    -0.5846, // addresses someone else & its author's latest message
    0.6056,  // addresses someone else & it addresses someone else
    -0.1867, // addresses someone else & it asks a question
    0.0242,  // addresses someone else & latest message addressing our author
    -0.5413, // addresses someone else & our author last addressed its author
    -0.5488, // addresses someone else & its author last addressed our author
    0.3161,  // addresses someone else & it is short
    1.6098,  // addresses someone else & it is a bot command
    0.0000,  // it addresses our author & it mentions our author
    -0.5066, // it addresses our author & same author
    -0.0065, // it addresses our author & our author's previous message
    -0.0241, // it addresses our author & its author's latest message
    0.0000,  // it addresses our author & it addresses someone else
    -0.3433, // it addresses our author & it asks a question
    0.6237,  // it addresses our author & latest message addressing our author
    -0.6696, // it addresses our author & our author last addressed its author
    -0.6145, // it addresses our author & its author last addressed our author
    0.4172,  // it addresses our author & it is short
    0.0000,  // it addresses our author & it is a bot command
    -1.9128, // it mentions our author & same author
    -1.1341, // it mentions our author & our author's previous message
    0.2719,  // it mentions our author & its author's latest message
    0.9181,  // it mentions our author & it addresses someone else
    -0.0437, // it mentions our author & it asks a question
    0.0000,  // it mentions our author & latest message addressing our author
    -0.6759, // it mentions our author & our author last addressed its author
    -0.7344, // it mentions our author & its author last addressed our author
    0.2421,  // it mentions our author & it is short
    0.5845,  // it mentions our author & it is a bot command
    0.5110,  // same author & our author's previous message
    0.5110,  // same author & its author's latest message
    0.5935,  // same author & it addresses someone else
    0.3914,  // same author & it asks a question
    -0.4000, // same author & latest message addressing our author
    0.0000,  // same author & our author last addressed its author
    0.0000,  // same author & its author last addressed our author
    -0.2167, // same author & it is short
    -1.2981, // same author & it is a bot command
    0.5110,  // our author's previous message & its author's latest message
    0.4423,  // our author's previous message & it addresses someone else
    -0.8625, // our author's previous message & it asks a question
    0.0630,  // our author's previous message & latest message addressing our author
    0.0000,  // our author's previous message & our author last addressed its author
    0.0000,  // our author's previous message & its author last addressed our author
    -0.2179, // our author's previous message & it is short
    -1.5027, // our author's previous message & it is a bot command
    -0.2042, // its author's latest message & it addresses someone else
    -0.0140, // its author's latest message & it asks a question
    -0.3289, // its author's latest message & latest message addressing our author
    0.2045,  // its author's latest message & our author last addressed its author
    0.2767,  // its author's latest message & its author last addressed our author
    0.4059,  // its author's latest message & it is short
    0.0476,  // its author's latest message & it is a bot command
    -0.2133, // it addresses someone else & it asks a question
    0.0000,  // it addresses someone else & latest message addressing our author
    -0.9272, // it addresses someone else & our author last addressed its author
    -0.4156, // it addresses someone else & its author last addressed our author
    0.2476,  // it addresses someone else & it is short
    0.0000,  // it addresses someone else & it is a bot command
    0.1414,  // it asks a question & latest message addressing our author
    -0.0952, // it asks a question & our author last addressed its author
    0.0785,  // it asks a question & its author last addressed our author
    0.2299,  // it asks a question & it is short
    0.0360,  // it asks a question & it is a bot command
    -0.0573, // latest message addressing our author & our author last addressed its author
    -0.4990, // latest message addressing our author & its author last addressed our author
    -0.0104, // latest message addressing our author & it is short
    0.0000,  // latest message addressing our author & it is a bot command
    -1.0951, // our author last addressed its author & its author last addressed our author
    0.1486,  // our author last addressed its author & it is short
    -0.5563, // our author last addressed its author & it is a bot command
    0.0707,  // its author last addressed our author & it is short
    -0.9439, // its author last addressed our author & it is a bot command
    1.2044,  // it is short & it is a bot command
    -1.1088, // no parent & no parent: addresses someone
    0.2225,  // no parent & no parent: asks a question
    0.3600,  // no parent & no parent: author new in window
    0.0938,  // no parent & no parent: mentions someone
    -0.2043, // no parent & no parent: author was addressed
    0.1315,  // no parent & no parent: author silent 10+ min
    0.6193,  // no parent & no parent: opens with a question word
    0.2921,  // no parent & no parent: long
    -0.2357, // no parent: addresses someone & no parent: asks a question
    -0.1644, // no parent: addresses someone & no parent: author new in window
    -1.1352, // no parent: addresses someone & no parent: mentions someone
    -0.3899, // no parent: addresses someone & no parent: author was addressed
    -0.3329, // no parent: addresses someone & no parent: author silent 10+ min
    0.6843,  // no parent: addresses someone & no parent: opens with a question word
    -1.1431, // no parent: addresses someone & no parent: long
    0.4274,  // no parent: asks a question & no parent: author new in window
    0.1954,  // no parent: asks a question & no parent: mentions someone
    -0.0043, // no parent: asks a question & no parent: author was addressed
    -0.0593, // no parent: asks a question & no parent: author silent 10+ min
    -0.5067, // no parent: asks a question & no parent: opens with a question word
    0.6859,  // no parent: asks a question & no parent: long
    -0.1720, // no parent: author new in window & no parent: mentions someone
    -0.0058, // no parent: author new in window & no parent: author was addressed
    0.3196,  // no parent: author new in window & no parent: author silent 10+ min
    0.7571,  // no parent: author new in window & no parent: opens with a question word
    0.6866,  // no parent: author new in window & no parent: long
    0.2760,  // no parent: mentions someone & no parent: author was addressed
    -0.5777, // no parent: mentions someone & no parent: author silent 10+ min
    0.0855,  // no parent: mentions someone & no parent: opens with a question word
    0.1797,  // no parent: mentions someone & no parent: long
    0.2917,  // no parent: author was addressed & no parent: author silent 10+ min
    0.4881,  // no parent: author was addressed & no parent: opens with a question word
    -0.1893, // no parent: author was addressed & no parent: long
    0.2004,  // no parent: author silent 10+ min & no parent: opens with a question word
    -0.0077, // no parent: author silent 10+ min & no parent: long
    -0.2841, // no parent: opens with a question word & no parent: long
];
