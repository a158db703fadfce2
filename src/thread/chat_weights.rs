//! Weights of the chat reply model (`chat.rs`), written by `palabre-train`:
//! `cargo run --release --bin palabre-train -- ../shared/corpora/irc-train`
//! (153 logs of the Kummerfeld et al. 2019 training split, 8 epochs). Do not edit.

pub const WEIGHTS: &[f32] = &[
    -0.6030, // link
    0.0084,  // distance 1
    0.3302,  // distance 2
    0.1657,  // distance 3
    -0.1124, // distance 4
    -0.4157, // distance 5-6
    -0.8664, // distance 7-10
    -1.4761, // distance 11-20
    -2.1941, // distance 21-50
    -2.4816, // distance 51+
    0.7829,  // minutes 0
    0.4156,  // minutes 1
    -0.2811, // minutes 2
    -0.8155, // minutes 3-4
    -1.2942, // minutes 5-9
    -1.7473, // minutes 10+
    1.8292,  // addresses its author
    2.5689,  // mentions its author
    -1.7194, // addresses someone else
    0.9280,  // it addresses our author
    1.4129,  // it mentions our author
    1.2829,  // same author
    0.4939,  // our author's previous message
    0.3181,  // its author's latest message
    -0.3337, // it addresses someone else
    0.5446,  // it asks a question
    0.6066,  // latest message addressing our author
    0.9580,  // our author last addressed its author
    0.4681,  // same author, addressing someone
    0.3386,  // addresses its author, its latest
    0.7838,  // it addresses our author, we address no one
    -0.1187, // it is short
    0.1776,  // its author's first words, a question
    1.0962,  // its author last addressed our author
    -2.7464, // log distance
    3.2380,  // shared words
    0.6029,  // no parent
    -1.1167, // no parent: addresses someone
    0.2097,  // no parent: asks a question
    0.3464,  // no parent: author new in window
    -0.0114, // no parent: mentions someone
    -0.1988, // no parent: author was addressed
    0.1353,  // no parent: author silent 10+ min
    0.6052,  // no parent: opens with a question word
    0.3080,  // no parent: long
    0.7039,  // it is a bot command
    0.0907,  // no parent: addresses someone absent
    -1.0138, // addresses its author & distance 1
    -0.2827, // addresses its author & distance 2
    0.0901,  // addresses its author & distance 3
    0.3941,  // addresses its author & distance 4
    0.4662,  // addresses its author & distance 5-6
    0.5210,  // addresses its author & distance 7-10
    0.5842,  // addresses its author & distance 11-20
    0.4451,  // addresses its author & distance 21-50
    -0.4676, // addresses its author & distance 51+
    -0.4796, // mentions its author & distance 1
    0.0790,  // mentions its author & distance 2
    0.3568,  // mentions its author & distance 3
    0.7098,  // mentions its author & distance 4
    0.7360,  // mentions its author & distance 5-6
    0.9673,  // mentions its author & distance 7-10
    1.0131,  // mentions its author & distance 11-20
    1.0296,  // mentions its author & distance 21-50
    0.4946,  // mentions its author & distance 51+
    -1.0292, // addresses someone else & distance 1
    -1.1284, // addresses someone else & distance 2
    -1.1328, // addresses someone else & distance 3
    -1.0320, // addresses someone else & distance 4
    -1.1861, // addresses someone else & distance 5-6
    -1.1292, // addresses someone else & distance 7-10
    -1.3077, // addresses someone else & distance 11-20
    -1.4000, // addresses someone else & distance 21-50
    -1.5432, // addresses someone else & distance 51+
    0.1469,  // it addresses our author & distance 1
    0.3477,  // it addresses our author & distance 2
    0.1327,  // it addresses our author & distance 3
    -0.0209, // it addresses our author & distance 4
    0.1849,  // it addresses our author & distance 5-6
    -0.1754, // it addresses our author & distance 7-10
    -0.1102, // it addresses our author & distance 11-20
    -0.1299, // it addresses our author & distance 21-50
    0.0861,  // it addresses our author & distance 51+
    0.3596,  // it mentions our author & distance 1
    0.2848,  // it mentions our author & distance 2
    0.1025,  // it mentions our author & distance 3
    0.0160,  // it mentions our author & distance 4
    0.1159,  // it mentions our author & distance 5-6
    -0.0302, // it mentions our author & distance 7-10
    0.2759,  // it mentions our author & distance 11-20
    0.0706,  // it mentions our author & distance 21-50
    0.6615,  // it mentions our author & distance 51+
    0.3361,  // same author & distance 1
    -0.4128, // same author & distance 2
    -0.5310, // same author & distance 3
    -0.4646, // same author & distance 4
    -0.6653, // same author & distance 5-6
    -0.3174, // same author & distance 7-10
    0.0428,  // same author & distance 11-20
    0.8327,  // same author & distance 21-50
    0.9573,  // same author & distance 51+
    0.3361,  // our author's previous message & distance 1
    -0.0680, // our author's previous message & distance 2
    0.0832,  // our author's previous message & distance 3
    -0.1498, // our author's previous message & distance 4
    -0.0459, // our author's previous message & distance 5-6
    -0.3394, // our author's previous message & distance 7-10
    -0.2366, // our author's previous message & distance 11-20
    -0.2064, // our author's previous message & distance 21-50
    0.2678,  // our author's previous message & distance 51+
    0.0084,  // its author's latest message & distance 1
    -0.5730, // its author's latest message & distance 2
    -0.6541, // its author's latest message & distance 3
    -0.5134, // its author's latest message & distance 4
    -0.2820, // its author's latest message & distance 5-6
    -0.1923, // its author's latest message & distance 7-10
    0.0536,  // its author's latest message & distance 11-20
    0.1891,  // its author's latest message & distance 21-50
    -0.1138, // its author's latest message & distance 51+
    -0.5702, // it addresses someone else & distance 1
    -0.5187, // it addresses someone else & distance 2
    -0.5080, // it addresses someone else & distance 3
    -0.5200, // it addresses someone else & distance 4
    -0.5642, // it addresses someone else & distance 5-6
    -0.7203, // it addresses someone else & distance 7-10
    -0.6702, // it addresses someone else & distance 11-20
    -0.9186, // it addresses someone else & distance 21-50
    -0.9521, // it addresses someone else & distance 51+
    -0.1773, // it asks a question & distance 1
    -0.1970, // it asks a question & distance 2
    -0.3195, // it asks a question & distance 3
    -0.4436, // it asks a question & distance 4
    -0.3014, // it asks a question & distance 5-6
    -0.3950, // it asks a question & distance 7-10
    -0.3337, // it asks a question & distance 11-20
    -0.4437, // it asks a question & distance 21-50
    -0.4632, // it asks a question & distance 51+
    0.1469,  // latest message addressing our author & distance 1
    -0.3331, // latest message addressing our author & distance 2
    -0.3291, // latest message addressing our author & distance 3
    -0.0359, // latest message addressing our author & distance 4
    -0.1114, // latest message addressing our author & distance 5-6
    0.2366,  // latest message addressing our author & distance 7-10
    0.4184,  // latest message addressing our author & distance 11-20
    0.7280,  // latest message addressing our author & distance 21-50
    0.8854,  // latest message addressing our author & distance 51+
    0.4528,  // our author last addressed its author & distance 1
    0.3113,  // our author last addressed its author & distance 2
    0.0619,  // our author last addressed its author & distance 3
    -0.1093, // our author last addressed its author & distance 4
    -0.1896, // our author last addressed its author & distance 5-6
    -0.1982, // our author last addressed its author & distance 7-10
    -0.1646, // our author last addressed its author & distance 11-20
    -0.0662, // our author last addressed its author & distance 21-50
    -0.0640, // our author last addressed its author & distance 51+
    0.1812,  // its author last addressed our author & distance 1
    0.2304,  // its author last addressed our author & distance 2
    0.2741,  // its author last addressed our author & distance 3
    -0.0279, // its author last addressed our author & distance 4
    -0.2420, // its author last addressed our author & distance 5-6
    -0.1811, // its author last addressed our author & distance 7-10
    -0.2994, // its author last addressed our author & distance 11-20
    -0.4174, // its author last addressed our author & distance 21-50
    -0.4398, // its author last addressed our author & distance 51+
    -0.4716, // it is short & distance 1
    -0.5322, // it is short & distance 2
    -0.6483, // it is short & distance 3
    -0.6136, // it is short & distance 4
    -0.4900, // it is short & distance 5-6
    -0.5431, // it is short & distance 7-10
    -0.5121, // it is short & distance 11-20
    -0.6375, // it is short & distance 21-50
    -1.1547, // it is short & distance 51+
    2.2640,  // it is a bot command & distance 1
    -1.0680, // it is a bot command & distance 2
    -1.4577, // it is a bot command & distance 3
    -1.7003, // it is a bot command & distance 4
    -1.6427, // it is a bot command & distance 5-6
    -1.1372, // it is a bot command & distance 7-10
    -1.3764, // it is a bot command & distance 11-20
    -1.2606, // it is a bot command & distance 21-50
    -0.1687, // it is a bot command & distance 51+
    0.1205,  // addresses its author & minutes 0
    0.1874,  // addresses its author & minutes 1
    0.5281,  // addresses its author & minutes 2
    0.5583,  // addresses its author & minutes 3-4
    0.7950,  // addresses its author & minutes 5-9
    0.8212,  // addresses its author & minutes 10+
    0.6962,  // mentions its author & minutes 0
    0.8200,  // mentions its author & minutes 1
    1.0635,  // mentions its author & minutes 2
    1.0055,  // mentions its author & minutes 3-4
    1.4117,  // mentions its author & minutes 5-9
    0.7618,  // mentions its author & minutes 10+
    -1.2252, // addresses someone else & minutes 0
    -0.9559, // addresses someone else & minutes 1
    -1.0435, // addresses someone else & minutes 2
    -1.2509, // addresses someone else & minutes 3-4
    -1.1137, // addresses someone else & minutes 5-9
    -1.4072, // addresses someone else & minutes 10+
    0.3004,  // it addresses our author & minutes 0
    0.1895,  // it addresses our author & minutes 1
    0.0171,  // it addresses our author & minutes 2
    0.0668,  // it addresses our author & minutes 3-4
    0.0323,  // it addresses our author & minutes 5-9
    -0.0796, // it addresses our author & minutes 10+
    0.2629,  // it mentions our author & minutes 0
    0.4799,  // it mentions our author & minutes 1
    0.6974,  // it mentions our author & minutes 2
    0.2962,  // it mentions our author & minutes 3-4
    0.1467,  // it mentions our author & minutes 5-9
    0.8367,  // it mentions our author & minutes 10+
    0.1879,  // same author & minutes 0
    0.0427,  // same author & minutes 1
    0.3507,  // same author & minutes 2
    0.6473,  // same author & minutes 3-4
    0.8942,  // same author & minutes 5-9
    1.3108,  // same author & minutes 10+
    0.2829,  // our author's previous message & minutes 0
    0.0268,  // our author's previous message & minutes 1
    -0.0535, // our author's previous message & minutes 2
    -0.0503, // our author's previous message & minutes 3-4
    0.0543,  // our author's previous message & minutes 5-9
    0.0821,  // our author's previous message & minutes 10+
    -0.1961, // its author's latest message & minutes 0
    -0.0814, // its author's latest message & minutes 1
    0.0738,  // its author's latest message & minutes 2
    0.3230,  // its author's latest message & minutes 3-4
    0.4814,  // its author's latest message & minutes 5-9
    0.4255,  // its author's latest message & minutes 10+
    -0.3944, // it addresses someone else & minutes 0
    -0.2641, // it addresses someone else & minutes 1
    -0.3387, // it addresses someone else & minutes 2
    -0.4115, // it addresses someone else & minutes 3-4
    -0.5589, // it addresses someone else & minutes 5-9
    -1.2000, // it addresses someone else & minutes 10+
    -0.0140, // it asks a question & minutes 0
    -0.0582, // it asks a question & minutes 1
    -0.0142, // it asks a question & minutes 2
    0.0320,  // it asks a question & minutes 3-4
    0.0810,  // it asks a question & minutes 5-9
    0.2107,  // it asks a question & minutes 10+
    -0.1015, // latest message addressing our author & minutes 0
    -0.0199, // latest message addressing our author & minutes 1
    0.2785,  // latest message addressing our author & minutes 2
    0.5100,  // latest message addressing our author & minutes 3-4
    0.6868,  // latest message addressing our author & minutes 5-9
    0.9880,  // latest message addressing our author & minutes 10+
    0.5271,  // our author last addressed its author & minutes 0
    0.5106,  // our author last addressed its author & minutes 1
    0.3762,  // our author last addressed its author & minutes 2
    0.3128,  // our author last addressed its author & minutes 3-4
    0.3688,  // our author last addressed its author & minutes 5-9
    0.1308,  // our author last addressed its author & minutes 10+
    0.3830,  // its author last addressed our author & minutes 0
    0.2929,  // its author last addressed our author & minutes 1
    0.2143,  // its author last addressed our author & minutes 2
    0.0429,  // its author last addressed our author & minutes 3-4
    -0.0098, // its author last addressed our author & minutes 5-9
    -0.2033, // its author last addressed our author & minutes 10+
    -0.1567, // it is short & minutes 0
    -0.1820, // it is short & minutes 1
    -0.1956, // it is short & minutes 2
    -0.1333, // it is short & minutes 3-4
    -0.0886, // it is short & minutes 5-9
    0.0720,  // it is short & minutes 10+
    0.2464,  // it is a bot command & minutes 0
    -0.4073, // it is a bot command & minutes 1
    -0.1527, // it is a bot command & minutes 2
    -0.5792, // it is a bot command & minutes 3-4
    -0.6475, // it is a bot command & minutes 5-9
    -3.2560, // it is a bot command & minutes 10+
    0.0000,  // addresses its author & mentions its author
    0.0000,  // addresses its author & addresses someone else
    0.3006,  // addresses its author & it addresses our author
    -0.4512, // addresses its author & it mentions our author
    -1.3534, // addresses its author & same author
    -1.2573, // addresses its author & our author's previous message
    0.3386,  // addresses its author & its author's latest message
    0.3380,  // addresses its author & it addresses someone else
    0.3143,  // addresses its author & it asks a question
    -0.1440, // addresses its author & latest message addressing our author
    -1.9427, // addresses its author & our author last addressed its author
    -0.5801, // addresses its author & its author last addressed our author
    -0.4453, // addresses its author & it is short
    -1.1753, // addresses its author & it is a bot command
    0.3633,  // mentions its author & addresses someone else
    -0.5236, // mentions its author & it addresses our author
    -0.6510, // mentions its author & it mentions our author
    -2.4624, // mentions its author & same author
    -1.6922, // mentions its author & our author's previous message
    0.8664,  // mentions its author & its author's latest message
    0.1879,  // mentions its author & it addresses someone else
    0.4667,  // mentions its author & it asks a question
    -0.5311, // mentions its author & latest message addressing our author
    -0.2955, // mentions its author & our author last addressed its author
    -0.8584, // mentions its author & its author last addressed our author
    -0.0263, // mentions its author & it is short
    -0.6701, // mentions its author & it is a bot command
    0.6474,  // addresses someone else & it addresses our author
    -0.6621, // addresses someone else & it mentions our author
    0.5839,  // addresses someone else & same author
    0.1908,  // addresses someone else & our author's previous message
    -0.6703, // addresses someone else & its author's latest message
    0.5747,  // addresses someone else & it addresses someone else
    -0.2278, // addresses someone else & it asks a question
    0.2052,  // addresses someone else & latest message addressing our author
    -0.6153, // addresses someone else & our author last addressed its author
    -0.4969, // addresses someone else & its author last addressed our author
    0.3132,  // addresses someone else & it is short
    1.3490,  // addresses someone else & it is a bot command
    0.0000,  // it addresses our author & it mentions our author
    -0.4321, // it addresses our author & same author
    -0.0805, // it addresses our author & our author's previous message
    -0.0883, // it addresses our author & its author's latest message
    0.0000,  // it addresses our author & it addresses someone else
    -0.3001, // it addresses our author & it asks a question
    0.6066,  // it addresses our author & latest message addressing our author
    -0.6480, // it addresses our author & our author last addressed its author
    -0.4955, // it addresses our author & its author last addressed our author
    0.3928,  // it addresses our author & it is short
    0.0000,  // it addresses our author & it is a bot command
    -1.7246, // it mentions our author & same author
    -1.2093, // it mentions our author & our author's previous message
    0.4089,  // it mentions our author & its author's latest message
    0.8440,  // it mentions our author & it addresses someone else
    0.0493,  // it mentions our author & it asks a question
    0.0000,  // it mentions our author & latest message addressing our author
    -0.6371, // it mentions our author & our author last addressed its author
    -0.6505, // it mentions our author & its author last addressed our author
    0.3227,  // it mentions our author & it is short
    0.6243,  // it mentions our author & it is a bot command
    0.4939,  // same author & our author's previous message
    0.4939,  // same author & its author's latest message
    0.5623,  // same author & it addresses someone else
    0.4132,  // same author & it asks a question
    -0.3417, // same author & latest message addressing our author
    0.0000,  // same author & our author last addressed its author
    0.0000,  // same author & its author last addressed our author
    -0.1933, // same author & it is short
    -1.2419, // same author & it is a bot command
    0.4939,  // our author's previous message & its author's latest message
    0.5003,  // our author's previous message & it addresses someone else
    -0.8490, // our author's previous message & it asks a question
    -0.0403, // our author's previous message & latest message addressing our author
    0.0000,  // our author's previous message & our author last addressed its author
    0.0000,  // our author's previous message & its author last addressed our author
    -0.2204, // our author's previous message & it is short
    -1.4613, // our author's previous message & it is a bot command
    -0.2355, // its author's latest message & it addresses someone else
    -0.0379, // its author's latest message & it asks a question
    -0.3659, // its author's latest message & latest message addressing our author
    0.1472,  // its author's latest message & our author last addressed its author
    0.3312,  // its author's latest message & its author last addressed our author
    0.3401,  // its author's latest message & it is short
    0.2042,  // its author's latest message & it is a bot command
    -0.2165, // it addresses someone else & it asks a question
    0.0000,  // it addresses someone else & latest message addressing our author
    -0.8783, // it addresses someone else & our author last addressed its author
    -0.6921, // it addresses someone else & its author last addressed our author
    0.2534,  // it addresses someone else & it is short
    0.0000,  // it addresses someone else & it is a bot command
    0.1163,  // it asks a question & latest message addressing our author
    -0.1002, // it asks a question & our author last addressed its author
    0.0718,  // it asks a question & its author last addressed our author
    0.2152,  // it asks a question & it is short
    -0.0666, // it asks a question & it is a bot command
    -0.0879, // latest message addressing our author & our author last addressed its author
    -0.4790, // latest message addressing our author & its author last addressed our author
    0.0232,  // latest message addressing our author & it is short
    0.0000,  // latest message addressing our author & it is a bot command
    -1.0137, // our author last addressed its author & its author last addressed our author
    0.1569,  // our author last addressed its author & it is short
    -0.5746, // our author last addressed its author & it is a bot command
    0.0775,  // its author last addressed our author & it is short
    -1.0240, // its author last addressed our author & it is a bot command
    1.0673,  // it is short & it is a bot command
    -1.1167, // no parent & no parent: addresses someone
    0.2097,  // no parent & no parent: asks a question
    0.3464,  // no parent & no parent: author new in window
    -0.0114, // no parent & no parent: mentions someone
    -0.1988, // no parent & no parent: author was addressed
    0.1353,  // no parent & no parent: author silent 10+ min
    0.6052,  // no parent & no parent: opens with a question word
    0.3080,  // no parent & no parent: long
    -0.2379, // no parent: addresses someone & no parent: asks a question
    -0.3055, // no parent: addresses someone & no parent: author new in window
    -1.0920, // no parent: addresses someone & no parent: mentions someone
    -0.3770, // no parent: addresses someone & no parent: author was addressed
    -0.4464, // no parent: addresses someone & no parent: author silent 10+ min
    0.4018,  // no parent: addresses someone & no parent: opens with a question word
    -0.9840, // no parent: addresses someone & no parent: long
    0.3715,  // no parent: asks a question & no parent: author new in window
    0.1951,  // no parent: asks a question & no parent: mentions someone
    -0.0240, // no parent: asks a question & no parent: author was addressed
    -0.0263, // no parent: asks a question & no parent: author silent 10+ min
    -0.4826, // no parent: asks a question & no parent: opens with a question word
    0.6510,  // no parent: asks a question & no parent: long
    -0.2368, // no parent: author new in window & no parent: mentions someone
    0.1105,  // no parent: author new in window & no parent: author was addressed
    0.3063,  // no parent: author new in window & no parent: author silent 10+ min
    0.6349,  // no parent: author new in window & no parent: opens with a question word
    0.5607,  // no parent: author new in window & no parent: long
    0.2872,  // no parent: mentions someone & no parent: author was addressed
    -0.4883, // no parent: mentions someone & no parent: author silent 10+ min
    0.2311,  // no parent: mentions someone & no parent: opens with a question word
    0.0736,  // no parent: mentions someone & no parent: long
    0.2091,  // no parent: author was addressed & no parent: author silent 10+ min
    0.4408,  // no parent: author was addressed & no parent: opens with a question word
    -0.2408, // no parent: author was addressed & no parent: long
    0.2240,  // no parent: author silent 10+ min & no parent: opens with a question word
    0.0339,  // no parent: author silent 10+ min & no parent: long
    -0.2759, // no parent: opens with a question word & no parent: long
];
