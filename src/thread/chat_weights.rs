//! Weights of the chat reply model (`chat.rs`), written by `palabre-train`:
//! `cargo run --release --bin palabre-train -- ../shared/corpora/irc-train`
//! (153 logs of the Kummerfeld et al. 2019 training split, 20 epochs). Do not edit.

pub const WEIGHTS: &[f32] = &[
    -0.5868, // link
    -0.0334, // distance 1
    0.4074,  // distance 2
    0.1975,  // distance 3
    -0.0698, // distance 4
    -0.4118, // distance 5-6
    -0.8684, // distance 7-10
    -1.4857, // distance 11-20
    -2.2367, // distance 21-50
    -2.6097, // distance 51+
    0.7759,  // minutes 0
    0.4516,  // minutes 1
    -0.2367, // minutes 2
    -0.7952, // minutes 3-4
    -1.3521, // minutes 5-9
    -1.8700, // minutes 10+
    1.9355,  // addresses its author
    2.8105,  // mentions its author
    -1.8047, // addresses someone else
    0.9961,  // it addresses our author
    1.5794,  // it mentions our author
    1.3389,  // same author
    0.5096,  // our author's previous message
    0.3010,  // its author's latest message
    -0.3311, // it addresses someone else
    0.5665,  // it asks a question
    0.5906,  // latest message addressing our author
    1.0211,  // our author last addressed its author
    0.4843,  // same author, addressing someone
    0.3455,  // addresses its author, its latest
    0.7824,  // it addresses our author, we address no one
    -0.1352, // it is short
    0.1730,  // its author's first words, a question
    1.1587,  // its author last addressed our author
    -3.1082, // log distance
    3.2313,  // shared words
    0.5868,  // no parent
    -1.1854, // no parent: addresses someone
    0.2169,  // no parent: asks a question
    0.3593,  // no parent: author new in window
    0.0798,  // no parent: mentions someone
    -0.2095, // no parent: author was addressed
    0.1141,  // no parent: author silent 10+ min
    0.6244,  // no parent: opens with a question word
    0.2902,  // no parent: long
    0.7074,  // it is a bot command
    0.0851,  // no parent: addresses someone absent
    -1.0032, // addresses its author & distance 1
    -0.3304, // addresses its author & distance 2
    0.0510,  // addresses its author & distance 3
    0.3701,  // addresses its author & distance 4
    0.4598,  // addresses its author & distance 5-6
    0.5559,  // addresses its author & distance 7-10
    0.6472,  // addresses its author & distance 11-20
    0.5881,  // addresses its author & distance 21-50
    -0.2978, // addresses its author & distance 51+
    -0.4806, // mentions its author & distance 1
    0.0733,  // mentions its author & distance 2
    0.3700,  // mentions its author & distance 3
    0.7318,  // mentions its author & distance 4
    0.7899,  // mentions its author & distance 5-6
    1.0744,  // mentions its author & distance 7-10
    1.1382,  // mentions its author & distance 11-20
    1.1542,  // mentions its author & distance 21-50
    0.6350,  // mentions its author & distance 51+
    -1.1277, // addresses someone else & distance 1
    -1.1822, // addresses someone else & distance 2
    -1.1512, // addresses someone else & distance 3
    -1.0455, // addresses someone else & distance 4
    -1.1943, // addresses someone else & distance 5-6
    -1.1244, // addresses someone else & distance 7-10
    -1.2716, // addresses someone else & distance 11-20
    -1.4000, // addresses someone else & distance 21-50
    -1.6405, // addresses someone else & distance 51+
    0.1410,  // it addresses our author & distance 1
    0.4508,  // it addresses our author & distance 2
    0.1614,  // it addresses our author & distance 3
    -0.0264, // it addresses our author & distance 4
    0.2044,  // it addresses our author & distance 5-6
    -0.1880, // it addresses our author & distance 7-10
    -0.1087, // it addresses our author & distance 11-20
    -0.1136, // it addresses our author & distance 21-50
    0.1441,  // it addresses our author & distance 51+
    0.3872,  // it mentions our author & distance 1
    0.3010,  // it mentions our author & distance 2
    0.2071,  // it mentions our author & distance 3
    0.0722,  // it mentions our author & distance 4
    0.1886,  // it mentions our author & distance 5-6
    0.0075,  // it mentions our author & distance 7-10
    0.3128,  // it mentions our author & distance 11-20
    0.0953,  // it mentions our author & distance 21-50
    0.8793,  // it mentions our author & distance 51+
    0.3005,  // same author & distance 1
    -0.5119, // same author & distance 2
    -0.6302, // same author & distance 3
    -0.5442, // same author & distance 4
    -0.6923, // same author & distance 5-6
    -0.2638, // same author & distance 7-10
    0.1394,  // same author & distance 11-20
    1.0471,  // same author & distance 21-50
    1.3324,  // same author & distance 51+
    0.3005,  // our author's previous message & distance 1
    0.0014,  // our author's previous message & distance 2
    0.1633,  // our author's previous message & distance 3
    -0.0826, // our author's previous message & distance 4
    -0.0082, // our author's previous message & distance 5-6
    -0.3491, // our author's previous message & distance 7-10
    -0.2924, // our author's previous message & distance 11-20
    -0.3014, // our author's previous message & distance 21-50
    0.1146,  // our author's previous message & distance 51+
    -0.0334, // its author's latest message & distance 1
    -0.6471, // its author's latest message & distance 2
    -0.6718, // its author's latest message & distance 3
    -0.5164, // its author's latest message & distance 4
    -0.2736, // its author's latest message & distance 5-6
    -0.1704, // its author's latest message & distance 7-10
    0.0943,  // its author's latest message & distance 11-20
    0.2980,  // its author's latest message & distance 21-50
    0.0599,  // its author's latest message & distance 51+
    -0.5881, // it addresses someone else & distance 1
    -0.5170, // it addresses someone else & distance 2
    -0.5108, // it addresses someone else & distance 3
    -0.5276, // it addresses someone else & distance 4
    -0.5665, // it addresses someone else & distance 5-6
    -0.7127, // it addresses someone else & distance 7-10
    -0.6876, // it addresses someone else & distance 11-20
    -0.9049, // it addresses someone else & distance 21-50
    -0.8135, // it addresses someone else & distance 51+
    -0.2057, // it asks a question & distance 1
    -0.2116, // it asks a question & distance 2
    -0.3238, // it asks a question & distance 3
    -0.4376, // it asks a question & distance 4
    -0.2922, // it asks a question & distance 5-6
    -0.3736, // it asks a question & distance 7-10
    -0.3097, // it asks a question & distance 11-20
    -0.4104, // it asks a question & distance 21-50
    -0.4241, // it asks a question & distance 51+
    0.1410,  // latest message addressing our author & distance 1
    -0.4157, // latest message addressing our author & distance 2
    -0.3398, // latest message addressing our author & distance 3
    0.0008,  // latest message addressing our author & distance 4
    -0.1215, // latest message addressing our author & distance 5-6
    0.2517,  // latest message addressing our author & distance 7-10
    0.4171,  // latest message addressing our author & distance 11-20
    0.7406,  // latest message addressing our author & distance 21-50
    0.9256,  // latest message addressing our author & distance 51+
    0.4541,  // our author last addressed its author & distance 1
    0.2944,  // our author last addressed its author & distance 2
    0.0617,  // our author last addressed its author & distance 3
    -0.0936, // our author last addressed its author & distance 4
    -0.1674, // our author last addressed its author & distance 5-6
    -0.1736, // our author last addressed its author & distance 7-10
    -0.1461, // our author last addressed its author & distance 11-20
    -0.0264, // our author last addressed its author & distance 21-50
    0.0601,  // our author last addressed its author & distance 51+
    0.1798,  // its author last addressed our author & distance 1
    0.1904,  // its author last addressed our author & distance 2
    0.2739,  // its author last addressed our author & distance 3
    -0.0070, // its author last addressed our author & distance 4
    -0.2115, // its author last addressed our author & distance 5-6
    -0.1239, // its author last addressed our author & distance 7-10
    -0.2498, // its author last addressed our author & distance 11-20
    -0.3841, // its author last addressed our author & distance 21-50
    -0.4054, // its author last addressed our author & distance 51+
    -0.5114, // it is short & distance 1
    -0.5421, // it is short & distance 2
    -0.6465, // it is short & distance 3
    -0.6081, // it is short & distance 4
    -0.4854, // it is short & distance 5-6
    -0.5343, // it is short & distance 7-10
    -0.4970, // it is short & distance 11-20
    -0.6413, // it is short & distance 21-50
    -1.1263, // it is short & distance 51+
    2.2968,  // it is a bot command & distance 1
    -1.0001, // it is a bot command & distance 2
    -1.4908, // it is a bot command & distance 3
    -1.7481, // it is a bot command & distance 4
    -1.7343, // it is a bot command & distance 5-6
    -1.1376, // it is a bot command & distance 7-10
    -1.5646, // it is a bot command & distance 11-20
    -1.0514, // it is a bot command & distance 21-50
    -0.1490, // it is a bot command & distance 51+
    0.1842,  // addresses its author & minutes 0
    0.1997,  // addresses its author & minutes 1
    0.5103,  // addresses its author & minutes 2
    0.5475,  // addresses its author & minutes 3-4
    0.8599,  // addresses its author & minutes 5-9
    0.9885,  // addresses its author & minutes 10+
    0.7212,  // mentions its author & minutes 0
    0.8175,  // mentions its author & minutes 1
    1.1142,  // mentions its author & minutes 2
    1.0995,  // mentions its author & minutes 3-4
    1.7013,  // mentions its author & minutes 5-9
    1.2870,  // mentions its author & minutes 10+
    -1.2432, // addresses someone else & minutes 0
    -1.0055, // addresses someone else & minutes 1
    -1.1350, // addresses someone else & minutes 2
    -1.3149, // addresses someone else & minutes 3-4
    -1.1433, // addresses someone else & minutes 5-9
    -1.3682, // addresses someone else & minutes 10+
    0.3439,  // it addresses our author & minutes 0
    0.2133,  // it addresses our author & minutes 1
    0.0082,  // it addresses our author & minutes 2
    0.1362,  // it addresses our author & minutes 3-4
    0.0767,  // it addresses our author & minutes 5-9
    -0.1133, // it addresses our author & minutes 10+
    0.3086,  // it mentions our author & minutes 0
    0.5047,  // it mentions our author & minutes 1
    0.7269,  // it mentions our author & minutes 2
    0.4882,  // it mentions our author & minutes 3-4
    0.2122,  // it mentions our author & minutes 5-9
    1.1676,  // it mentions our author & minutes 10+
    0.1906,  // same author & minutes 0
    0.0367,  // same author & minutes 1
    0.3841,  // same author & minutes 2
    0.6743,  // same author & minutes 3-4
    0.9718,  // same author & minutes 5-9
    1.4535,  // same author & minutes 10+
    0.3585,  // our author's previous message & minutes 0
    0.0660,  // our author's previous message & minutes 1
    -0.0665, // our author's previous message & minutes 2
    -0.0967, // our author's previous message & minutes 3-4
    -0.0938, // our author's previous message & minutes 5-9
    -0.1398, // our author's previous message & minutes 10+
    -0.2011, // its author's latest message & minutes 0
    -0.1013, // its author's latest message & minutes 1
    0.0333,  // its author's latest message & minutes 2
    0.3137,  // its author's latest message & minutes 3-4
    0.5272,  // its author's latest message & minutes 5-9
    0.5012,  // its author's latest message & minutes 10+
    -0.3994, // it addresses someone else & minutes 0
    -0.2640, // it addresses someone else & minutes 1
    -0.3213, // it addresses someone else & minutes 2
    -0.4003, // it addresses someone else & minutes 3-4
    -0.5578, // it addresses someone else & minutes 5-9
    -1.2211, // it addresses someone else & minutes 10+
    -0.0111, // it asks a question & minutes 0
    -0.0588, // it asks a question & minutes 1
    -0.0105, // it asks a question & minutes 2
    0.0542,  // it asks a question & minutes 3-4
    0.0979,  // it asks a question & minutes 5-9
    0.2593,  // it asks a question & minutes 10+
    -0.1059, // latest message addressing our author & minutes 0
    -0.0202, // latest message addressing our author & minutes 1
    0.2835,  // latest message addressing our author & minutes 2
    0.4535,  // latest message addressing our author & minutes 3-4
    0.6287,  // latest message addressing our author & minutes 5-9
    1.0932,  // latest message addressing our author & minutes 10+
    0.5379,  // our author last addressed its author & minutes 0
    0.5261,  // our author last addressed its author & minutes 1
    0.4168,  // our author last addressed its author & minutes 2
    0.3603,  // our author last addressed its author & minutes 3-4
    0.4025,  // our author last addressed its author & minutes 5-9
    0.1368,  // our author last addressed its author & minutes 10+
    0.4180,  // its author last addressed our author & minutes 0
    0.3096,  // its author last addressed our author & minutes 1
    0.2524,  // its author last addressed our author & minutes 2
    0.0484,  // its author last addressed our author & minutes 3-4
    0.0106,  // its author last addressed our author & minutes 5-9
    -0.1975, // its author last addressed our author & minutes 10+
    -0.1630, // it is short & minutes 0
    -0.2018, // it is short & minutes 1
    -0.2294, // it is short & minutes 2
    -0.1478, // it is short & minutes 3-4
    -0.0790, // it is short & minutes 5-9
    0.1689,  // it is short & minutes 10+
    0.1588,  // it is a bot command & minutes 0
    -0.4042, // it is a bot command & minutes 1
    -0.0012, // it is a bot command & minutes 2
    -0.4809, // it is a bot command & minutes 3-4
    -0.7456, // it is a bot command & minutes 5-9
    -2.8716, // it is a bot command & minutes 10+
    0.0000,  // addresses its author & mentions its author
    0.0000,  // addresses its author & addresses someone else
    0.3409,  // addresses its author & it addresses our author
    -0.6296, // addresses its author & it mentions our author
    -2.1853, // addresses its author & same author
    -1.9103, // addresses its author & our author's previous message
    0.3455,  // addresses its author & its author's latest message
    0.2990,  // addresses its author & it addresses someone else
    0.2762,  // addresses its author & it asks a question
    -0.1787, // addresses its author & latest message addressing our author
    -2.1651, // addresses its author & our author last addressed its author
    -0.5293, // addresses its author & its author last addressed our author
    -0.4430, // addresses its author & it is short
    -1.2251, // addresses its author & it is a bot command
    0.3368,  // mentions its author & addresses someone else
    -0.5971, // mentions its author & it addresses our author
    -0.8839, // mentions its author & it mentions our author
    -3.0945, // mentions its author & same author
    -1.5819, // mentions its author & our author's previous message
    0.8922,  // mentions its author & its author's latest message
    0.0661,  // mentions its author & it addresses someone else
    0.2903,  // mentions its author & it asks a question
    -0.4691, // mentions its author & latest message addressing our author
    -0.5701, // mentions its author & our author last addressed its author
    -1.0871, // mentions its author & its author last addressed our author
    -0.0856, // mentions its author & it is short
    -0.9768, // mentions its author & it is a bot command
    0.9251,  // addresses someone else & it addresses our author
    -0.6364, // addresses someone else & it mentions our author
    0.6578,  // addresses someone else & same author
    0.1548,  // addresses someone else & our author's previous message
    -0.5802, // addresses someone else & its author's latest message
    0.6051,  // addresses someone else & it addresses someone else
    -0.1756, // addresses someone else & it asks a question
    0.0713,  // addresses someone else & latest message addressing our author
    -0.5181, // addresses someone else & our author last addressed its author
    -0.5954, // addresses someone else & its author last addressed our author
    0.3201,  // addresses someone else & it is short
    1.6145,  // addresses someone else & it is a bot command
    0.0000,  // it addresses our author & it mentions our author
    -0.6266, // it addresses our author & same author
    -0.0418, // it addresses our author & our author's previous message
    -0.0395, // it addresses our author & its author's latest message
    0.0000,  // it addresses our author & it addresses someone else
    -0.3601, // it addresses our author & it asks a question
    0.5906,  // it addresses our author & latest message addressing our author
    -0.6974, // it addresses our author & our author last addressed its author
    -0.6311, // it addresses our author & its author last addressed our author
    0.4320,  // it addresses our author & it is short
    0.0000,  // it addresses our author & it is a bot command
    -2.0496, // it mentions our author & same author
    -1.1002, // it mentions our author & our author's previous message
    0.3111,  // it mentions our author & its author's latest message
    0.9191,  // it mentions our author & it addresses someone else
    -0.0474, // it mentions our author & it asks a question
    0.0000,  // it mentions our author & latest message addressing our author
    -0.6893, // it mentions our author & our author last addressed its author
    -0.7409, // it mentions our author & its author last addressed our author
    0.2506,  // it mentions our author & it is short
    0.6427,  // it mentions our author & it is a bot command
    0.5096,  // same author & our author's previous message
    0.5096,  // same author & its author's latest message
    0.5391,  // same author & it addresses someone else
    0.3891,  // same author & it asks a question
    -0.4773, // same author & latest message addressing our author
    0.0000,  // same author & our author last addressed its author
    0.0000,  // same author & its author last addressed our author
    -0.2050, // same author & it is short
    -1.2494, // same author & it is a bot command
    0.5096,  // our author's previous message & its author's latest message
    0.4800,  // our author's previous message & it addresses someone else
    -0.8653, // our author's previous message & it asks a question
    0.0250,  // our author's previous message & latest message addressing our author
    0.0000,  // our author's previous message & our author last addressed its author
    0.0000,  // our author's previous message & its author last addressed our author
    -0.2339, // our author's previous message & it is short
    -1.5234, // our author's previous message & it is a bot command
    -0.2086, // its author's latest message & it addresses someone else
    -0.0252, // its author's latest message & it asks a question
    -0.3450, // its author's latest message & latest message addressing our author
    0.1935,  // its author's latest message & our author last addressed its author
    0.3230,  // its author's latest message & its author last addressed our author
    0.3987,  // its author's latest message & it is short
    0.0476,  // its author's latest message & it is a bot command
    -0.2268, // it addresses someone else & it asks a question
    0.0000,  // it addresses someone else & latest message addressing our author
    -0.8885, // it addresses someone else & our author last addressed its author
    -0.4830, // it addresses someone else & its author last addressed our author
    0.2487,  // it addresses someone else & it is short
    0.0000,  // it addresses someone else & it is a bot command
    0.1420,  // it asks a question & latest message addressing our author
    -0.0902, // it asks a question & our author last addressed its author
    0.0822,  // it asks a question & its author last addressed our author
    0.2259,  // it asks a question & it is short
    0.0340,  // it asks a question & it is a bot command
    -0.0366, // latest message addressing our author & our author last addressed its author
    -0.4598, // latest message addressing our author & its author last addressed our author
    -0.0199, // latest message addressing our author & it is short
    0.0000,  // latest message addressing our author & it is a bot command
    -1.1155, // our author last addressed its author & its author last addressed our author
    0.1517,  // our author last addressed its author & it is short
    -0.5354, // our author last addressed its author & it is a bot command
    0.0647,  // its author last addressed our author & it is short
    -0.9640, // its author last addressed our author & it is a bot command
    1.2096,  // it is short & it is a bot command
    -1.1854, // no parent & no parent: addresses someone
    0.2169,  // no parent & no parent: asks a question
    0.3593,  // no parent & no parent: author new in window
    0.0798,  // no parent & no parent: mentions someone
    -0.2095, // no parent & no parent: author was addressed
    0.1141,  // no parent & no parent: author silent 10+ min
    0.6244,  // no parent & no parent: opens with a question word
    0.2902,  // no parent & no parent: long
    -0.2215, // no parent: addresses someone & no parent: asks a question
    -0.2147, // no parent: addresses someone & no parent: author new in window
    -1.1929, // no parent: addresses someone & no parent: mentions someone
    -0.3375, // no parent: addresses someone & no parent: author was addressed
    -0.3091, // no parent: addresses someone & no parent: author silent 10+ min
    0.6114,  // no parent: addresses someone & no parent: opens with a question word
    -1.1297, // no parent: addresses someone & no parent: long
    0.4200,  // no parent: asks a question & no parent: author new in window
    0.2048,  // no parent: asks a question & no parent: mentions someone
    -0.0004, // no parent: asks a question & no parent: author was addressed
    -0.0350, // no parent: asks a question & no parent: author silent 10+ min
    -0.5134, // no parent: asks a question & no parent: opens with a question word
    0.6842,  // no parent: asks a question & no parent: long
    -0.1825, // no parent: author new in window & no parent: mentions someone
    0.0560,  // no parent: author new in window & no parent: author was addressed
    0.3269,  // no parent: author new in window & no parent: author silent 10+ min
    0.7155,  // no parent: author new in window & no parent: opens with a question word
    0.6368,  // no parent: author new in window & no parent: long
    0.3218,  // no parent: mentions someone & no parent: author was addressed
    -0.5207, // no parent: mentions someone & no parent: author silent 10+ min
    0.0900,  // no parent: mentions someone & no parent: opens with a question word
    0.1845,  // no parent: mentions someone & no parent: long
    0.2627,  // no parent: author was addressed & no parent: author silent 10+ min
    0.4826,  // no parent: author was addressed & no parent: opens with a question word
    -0.1901, // no parent: author was addressed & no parent: long
    0.1992,  // no parent: author silent 10+ min & no parent: opens with a question word
    0.0094,  // no parent: author silent 10+ min & no parent: long
    -0.2908, // no parent: opens with a question word & no parent: long
];
