//! Weights of the chat reply model (`chat.rs`), written by `palabre-train`:
//! `cargo run --release --bin palabre-train -- ../shared/corpora/irc-train`, then `cargo fmt`
//! (153 logs of the Kummerfeld et al. 2019 training split, 20 epochs). Do not edit.

pub const WEIGHTS: &[f32] = &[
    -0.5976, // link
    -0.1035, // distance 1
    0.3133,  // distance 2
    0.1386,  // distance 3
    -0.1219, // distance 4
    -0.4994, // distance 5-6
    -0.9558, // distance 7-10
    -1.6976, // distance 11-20
    -1.4009, // distance 21-50
    -1.4622, // distance 51+
    0.6012,  // minutes 0
    0.2661,  // minutes 1
    -0.4407, // minutes 2
    -0.9346, // minutes 3-4
    -1.0463, // minutes 5-9
    -1.1994, // minutes 10+
    1.7106,  // addresses its author
    2.7539,  // mentions its author
    -1.5494, // addresses someone else
    0.4908,  // it addresses our author
    1.2228,  // it mentions our author
    0.8406,  // same author
    0.4955,  // our author's previous message
    0.2868,  // its author's latest message
    -0.3851, // it addresses someone else
    0.4529,  // it asks a question
    0.3954,  // latest message addressing our author
    0.3536,  // our author last addressed its author
    0.4121,  // same author, addressing someone
    0.3592,  // addresses its author, its latest
    0.4594,  // it addresses our author, we address no one
    -0.1976, // it is short
    0.1892,  // its author's first words, a question
    0.7108,  // its author last addressed our author
    -2.5445, // log distance
    2.3554,  // shared words
    0.5976,  // no parent
    -1.0530, // no parent: addresses someone
    0.2312,  // no parent: asks a question
    0.3008,  // no parent: author new in window
    0.0694,  // no parent: mentions someone
    -0.2452, // no parent: author was addressed
    0.1141,  // no parent: author silent 10+ min
    0.6016,  // no parent: opens with a question word
    0.3104,  // no parent: long
    0.4857,  // it is a bot command
    0.1406,  // no parent: addresses someone absent
    0.4603,  // it answered our author
    0.2108,  // our author answered its author last
    0.2545,  // our previous message answered it
    0.2645,  // it answered our previous message
    -0.1091, // it has no answer yet
    0.1403,  // it is its conversation's latest
    0.6879,  // it is in our author's conversation
    1.1898,  // it shares a rare word
    0.7576,  // it addressed whom we address
    -0.9697, // addresses its author & distance 1
    -0.2696, // addresses its author & distance 2
    0.0803,  // addresses its author & distance 3
    0.4145,  // addresses its author & distance 4
    0.5093,  // addresses its author & distance 5-6
    0.6600,  // addresses its author & distance 7-10
    0.7899,  // addresses its author & distance 11-20
    -0.1005, // addresses its author & distance 21-50
    -1.1562, // addresses its author & distance 51+
    -0.5046, // mentions its author & distance 1
    0.1684,  // mentions its author & distance 2
    0.4322,  // mentions its author & distance 3
    0.8032,  // mentions its author & distance 4
    0.8523,  // mentions its author & distance 5-6
    1.1799,  // mentions its author & distance 7-10
    1.2120,  // mentions its author & distance 11-20
    0.5006,  // mentions its author & distance 21-50
    -0.1993, // mentions its author & distance 51+
    -1.0506, // addresses someone else & distance 1
    -1.1283, // addresses someone else & distance 2
    -1.1085, // addresses someone else & distance 3
    -0.9194, // addresses someone else & distance 4
    -1.0508, // addresses someone else & distance 5-6
    -0.9808, // addresses someone else & distance 7-10
    -0.9322, // addresses someone else & distance 11-20
    -0.7376, // addresses someone else & distance 21-50
    -1.2433, // addresses someone else & distance 51+
    -0.1710, // it addresses our author & distance 1
    0.0396,  // it addresses our author & distance 2
    -0.0342, // it addresses our author & distance 3
    -0.0702, // it addresses our author & distance 4
    0.1679,  // it addresses our author & distance 5-6
    -0.1027, // it addresses our author & distance 7-10
    -0.0055, // it addresses our author & distance 11-20
    -0.0586, // it addresses our author & distance 21-50
    -0.0864, // it addresses our author & distance 51+
    0.0714,  // it mentions our author & distance 1
    -0.0297, // it mentions our author & distance 2
    0.2281,  // it mentions our author & distance 3
    0.0728,  // it mentions our author & distance 4
    0.2604,  // it mentions our author & distance 5-6
    0.0704,  // it mentions our author & distance 7-10
    0.3920,  // it mentions our author & distance 11-20
    -0.1564, // it mentions our author & distance 21-50
    0.3476,  // it mentions our author & distance 51+
    0.1041,  // same author & distance 1
    -0.5093, // same author & distance 2
    -0.4717, // same author & distance 3
    -0.2874, // same author & distance 4
    -0.4761, // same author & distance 5-6
    -0.0728, // same author & distance 7-10
    0.3484,  // same author & distance 11-20
    0.2047,  // same author & distance 21-50
    0.0986,  // same author & distance 51+
    0.1041,  // our author's previous message & distance 1
    0.1758,  // our author's previous message & distance 2
    0.2007,  // our author's previous message & distance 3
    -0.1134, // our author's previous message & distance 4
    0.0614,  // our author's previous message & distance 5-6
    -0.1912, // our author's previous message & distance 7-10
    -0.0486, // our author's previous message & distance 11-20
    -0.3856, // our author's previous message & distance 21-50
    -0.3713, // our author's previous message & distance 51+
    -0.1035, // its author's latest message & distance 1
    -0.4249, // its author's latest message & distance 2
    -0.5547, // its author's latest message & distance 3
    -0.4517, // its author's latest message & distance 4
    -0.2311, // its author's latest message & distance 5-6
    -0.1081, // its author's latest message & distance 7-10
    0.0585,  // its author's latest message & distance 11-20
    0.3475,  // its author's latest message & distance 21-50
    0.4043,  // its author's latest message & distance 51+
    -0.5604, // it addresses someone else & distance 1
    -0.5120, // it addresses someone else & distance 2
    -0.4671, // it addresses someone else & distance 3
    -0.4888, // it addresses someone else & distance 4
    -0.5440, // it addresses someone else & distance 5-6
    -0.6873, // it addresses someone else & distance 7-10
    -0.6226, // it addresses someone else & distance 11-20
    -0.7956, // it addresses someone else & distance 21-50
    -0.6328, // it addresses someone else & distance 51+
    -0.2700, // it asks a question & distance 1
    -0.1383, // it asks a question & distance 2
    -0.2053, // it asks a question & distance 3
    -0.3067, // it asks a question & distance 4
    -0.1346, // it asks a question & distance 5-6
    -0.2297, // it asks a question & distance 7-10
    -0.1405, // it asks a question & distance 11-20
    -0.2391, // it asks a question & distance 21-50
    -0.3042, // it asks a question & distance 51+
    -0.1710, // latest message addressing our author & distance 1
    -0.2608, // latest message addressing our author & distance 2
    -0.1660, // latest message addressing our author & distance 3
    0.1893,  // latest message addressing our author & distance 4
    0.0057,  // latest message addressing our author & distance 5-6
    0.2097,  // latest message addressing our author & distance 7-10
    0.2388,  // latest message addressing our author & distance 11-20
    0.3682,  // latest message addressing our author & distance 21-50
    0.4983,  // latest message addressing our author & distance 51+
    -0.0716, // our author last addressed its author & distance 1
    -0.0106, // our author last addressed its author & distance 2
    -0.0666, // our author last addressed its author & distance 3
    -0.1418, // our author last addressed its author & distance 4
    -0.2485, // our author last addressed its author & distance 5-6
    -0.1543, // our author last addressed its author & distance 7-10
    -0.1444, // our author last addressed its author & distance 11-20
    -0.0696, // our author last addressed its author & distance 21-50
    -0.0561, // our author last addressed its author & distance 51+
    -0.1379, // its author last addressed our author & distance 1
    -0.0121, // its author last addressed our author & distance 2
    0.2041,  // its author last addressed our author & distance 3
    0.0299,  // its author last addressed our author & distance 4
    -0.1458, // its author last addressed our author & distance 5-6
    -0.0308, // its author last addressed our author & distance 7-10
    -0.1439, // its author last addressed our author & distance 11-20
    -0.3767, // its author last addressed our author & distance 21-50
    -0.5790, // its author last addressed our author & distance 51+
    -0.3872, // it is short & distance 1
    -0.4924, // it is short & distance 2
    -0.5861, // it is short & distance 3
    -0.5754, // it is short & distance 4
    -0.4021, // it is short & distance 5-6
    -0.4969, // it is short & distance 7-10
    -0.3706, // it is short & distance 11-20
    -0.6058, // it is short & distance 21-50
    -0.8988, // it is short & distance 51+
    1.5264,  // it is a bot command & distance 1
    -0.8672, // it is a bot command & distance 2
    -1.4279, // it is a bot command & distance 3
    -1.4937, // it is a bot command & distance 4
    -1.4978, // it is a bot command & distance 5-6
    -0.9567, // it is a bot command & distance 7-10
    -1.4649, // it is a bot command & distance 11-20
    -0.7816, // it is a bot command & distance 21-50
    -0.1318, // it is a bot command & distance 51+
    0.1351,  // it answered our author & distance 1
    0.1655,  // it answered our author & distance 2
    -0.0159, // it answered our author & distance 3
    -0.3040, // it answered our author & distance 4
    -0.3166, // it answered our author & distance 5-6
    -0.2332, // it answered our author & distance 7-10
    -0.1796, // it answered our author & distance 11-20
    -0.3549, // it answered our author & distance 21-50
    -0.6435, // it answered our author & distance 51+
    -0.1321, // our author answered its author last & distance 1
    -0.1132, // our author answered its author last & distance 2
    -0.1357, // our author answered its author last & distance 3
    -0.1808, // our author answered its author last & distance 4
    -0.1117, // our author answered its author last & distance 5-6
    -0.0930, // our author answered its author last & distance 7-10
    -0.2945, // our author answered its author last & distance 11-20
    -0.0555, // our author answered its author last & distance 21-50
    -0.2721, // our author answered its author last & distance 51+
    0.0000,  // our previous message answered it & distance 1
    -0.4093, // our previous message answered it & distance 2
    -0.5508, // our previous message answered it & distance 3
    -0.4877, // our previous message answered it & distance 4
    -0.2176, // our previous message answered it & distance 5-6
    -0.0902, // our previous message answered it & distance 7-10
    0.3395,  // our previous message answered it & distance 11-20
    0.5919,  // our previous message answered it & distance 21-50
    0.5534,  // our previous message answered it & distance 51+
    -0.1261, // it answered our previous message & distance 1
    -0.3697, // it answered our previous message & distance 2
    -0.2546, // it answered our previous message & distance 3
    0.0311,  // it answered our previous message & distance 4
    0.2042,  // it answered our previous message & distance 5-6
    0.4281,  // it answered our previous message & distance 7-10
    0.4661,  // it answered our previous message & distance 11-20
    0.4256,  // it answered our previous message & distance 21-50
    0.9363,  // it answered our previous message & distance 51+
    -0.1035, // it has no answer yet & distance 1
    -0.3366, // it has no answer yet & distance 2
    -0.3515, // it has no answer yet & distance 3
    -0.3666, // it has no answer yet & distance 4
    -0.2567, // it has no answer yet & distance 5-6
    -0.2854, // it has no answer yet & distance 7-10
    -0.3205, // it has no answer yet & distance 11-20
    -0.2499, // it has no answer yet & distance 21-50
    -0.1956, // it has no answer yet & distance 51+
    -0.1035, // it is its conversation's latest & distance 1
    -0.2832, // it is its conversation's latest & distance 2
    -0.2130, // it is its conversation's latest & distance 3
    -0.0949, // it is its conversation's latest & distance 4
    -0.2243, // it is its conversation's latest & distance 5-6
    -0.2384, // it is its conversation's latest & distance 7-10
    -0.0917, // it is its conversation's latest & distance 11-20
    0.1364,  // it is its conversation's latest & distance 21-50
    -0.1451, // it is its conversation's latest & distance 51+
    -0.0124, // it is in our author's conversation & distance 1
    0.1601,  // it is in our author's conversation & distance 2
    0.0579,  // it is in our author's conversation & distance 3
    -0.0139, // it is in our author's conversation & distance 4
    0.0007,  // it is in our author's conversation & distance 5-6
    -0.2482, // it is in our author's conversation & distance 7-10
    -0.0291, // it is in our author's conversation & distance 11-20
    -0.3881, // it is in our author's conversation & distance 21-50
    0.0511,  // it is in our author's conversation & distance 51+
    -0.1573, // it shares a rare word & distance 1
    0.0179,  // it shares a rare word & distance 2
    0.2887,  // it shares a rare word & distance 3
    0.0438,  // it shares a rare word & distance 4
    0.2147,  // it shares a rare word & distance 5-6
    0.2249,  // it shares a rare word & distance 7-10
    0.4164,  // it shares a rare word & distance 11-20
    0.2921,  // it shares a rare word & distance 21-50
    0.7625,  // it shares a rare word & distance 51+
    -0.1833, // it addressed whom we address & distance 1
    -0.1386, // it addressed whom we address & distance 2
    -0.1228, // it addressed whom we address & distance 3
    -0.1433, // it addressed whom we address & distance 4
    -0.0822, // it addressed whom we address & distance 5-6
    0.0929,  // it addressed whom we address & distance 7-10
    -0.1470, // it addressed whom we address & distance 11-20
    -0.6068, // it addressed whom we address & distance 21-50
    -0.3614, // it addressed whom we address & distance 51+
    0.2093,  // addresses its author & minutes 0
    0.2368,  // addresses its author & minutes 1
    0.5888,  // addresses its author & minutes 2
    0.5659,  // addresses its author & minutes 3-4
    0.5128,  // addresses its author & minutes 5-9
    0.3012,  // addresses its author & minutes 10+
    0.7911,  // mentions its author & minutes 0
    0.8571,  // mentions its author & minutes 1
    1.1378,  // mentions its author & minutes 2
    0.9840,  // mentions its author & minutes 3-4
    1.3438,  // mentions its author & minutes 5-9
    0.5905,  // mentions its author & minutes 10+
    -1.1608, // addresses someone else & minutes 0
    -0.9305, // addresses someone else & minutes 1
    -0.9720, // addresses someone else & minutes 2
    -0.8694, // addresses someone else & minutes 3-4
    -1.0003, // addresses someone else & minutes 5-9
    -1.0517, // addresses someone else & minutes 10+
    -0.0186, // it addresses our author & minutes 0
    0.0661,  // it addresses our author & minutes 1
    0.0180,  // it addresses our author & minutes 2
    0.1160,  // it addresses our author & minutes 3-4
    0.0852,  // it addresses our author & minutes 5-9
    -0.4402, // it addresses our author & minutes 10+
    0.1391,  // it mentions our author & minutes 0
    0.3960,  // it mentions our author & minutes 1
    0.6427,  // it mentions our author & minutes 2
    0.3227,  // it mentions our author & minutes 3-4
    -0.0356, // it mentions our author & minutes 5-9
    0.6532,  // it mentions our author & minutes 10+
    0.1071,  // same author & minutes 0
    -0.0015, // same author & minutes 1
    0.3848,  // same author & minutes 2
    0.4894,  // same author & minutes 3-4
    0.4326,  // same author & minutes 5-9
    0.5110,  // same author & minutes 10+
    0.2789,  // our author's previous message & minutes 0
    0.0497,  // our author's previous message & minutes 1
    -0.0314, // our author's previous message & minutes 2
    0.1168,  // our author's previous message & minutes 3-4
    0.0158,  // our author's previous message & minutes 5-9
    0.0733,  // our author's previous message & minutes 10+
    -0.1193, // its author's latest message & minutes 0
    -0.0865, // its author's latest message & minutes 1
    0.0558,  // its author's latest message & minutes 2
    0.2796,  // its author's latest message & minutes 3-4
    0.4513,  // its author's latest message & minutes 5-9
    0.4759,  // its author's latest message & minutes 10+
    -0.4802, // it addresses someone else & minutes 0
    -0.3333, // it addresses someone else & minutes 1
    -0.3704, // it addresses someone else & minutes 2
    -0.3751, // it addresses someone else & minutes 3-4
    -0.7021, // it addresses someone else & minutes 5-9
    -1.0850, // it addresses someone else & minutes 10+
    -0.0310, // it asks a question & minutes 0
    -0.0294, // it asks a question & minutes 1
    0.0027,  // it asks a question & minutes 2
    0.0444,  // it asks a question & minutes 3-4
    0.0328,  // it asks a question & minutes 5-9
    0.1367,  // it asks a question & minutes 10+
    -0.0369, // latest message addressing our author & minutes 0
    -0.0185, // latest message addressing our author & minutes 1
    0.2497,  // latest message addressing our author & minutes 2
    0.2487,  // latest message addressing our author & minutes 3-4
    0.3252,  // latest message addressing our author & minutes 5-9
    0.6466,  // latest message addressing our author & minutes 10+
    0.1922,  // our author last addressed its author & minutes 0
    0.2342,  // our author last addressed its author & minutes 1
    0.1993,  // our author last addressed its author & minutes 2
    -0.0273, // our author last addressed its author & minutes 3-4
    0.1211,  // our author last addressed its author & minutes 5-9
    -0.1982, // our author last addressed its author & minutes 10+
    0.2767,  // its author last addressed our author & minutes 0
    0.1988,  // its author last addressed our author & minutes 1
    0.1805,  // its author last addressed our author & minutes 2
    -0.0366, // its author last addressed our author & minutes 3-4
    -0.1806, // its author last addressed our author & minutes 5-9
    -0.2995, // its author last addressed our author & minutes 10+
    -0.1502, // it is short & minutes 0
    -0.1967, // it is short & minutes 1
    -0.2530, // it is short & minutes 2
    -0.1498, // it is short & minutes 3-4
    -0.0177, // it is short & minutes 5-9
    0.2567,  // it is short & minutes 10+
    0.0479,  // it is a bot command & minutes 0
    -0.3960, // it is a bot command & minutes 1
    0.0770,  // it is a bot command & minutes 2
    -0.4930, // it is a bot command & minutes 3-4
    -0.5874, // it is a bot command & minutes 5-9
    -1.4800, // it is a bot command & minutes 10+
    0.1382,  // it answered our author & minutes 0
    -0.0683, // it answered our author & minutes 1
    -0.2238, // it answered our author & minutes 2
    -0.2129, // it answered our author & minutes 3-4
    -0.1282, // it answered our author & minutes 5-9
    -0.0764, // it answered our author & minutes 10+
    0.0109,  // our author answered its author last & minutes 0
    0.0711,  // our author answered its author last & minutes 1
    0.0001,  // our author answered its author last & minutes 2
    0.0478,  // our author answered its author last & minutes 3-4
    0.1808,  // our author answered its author last & minutes 5-9
    -0.0291, // our author answered its author last & minutes 10+
    -0.0238, // our previous message answered it & minutes 0
    -0.0597, // our previous message answered it & minutes 1
    -0.0488, // our previous message answered it & minutes 2
    0.2785,  // our previous message answered it & minutes 3-4
    0.2305,  // our previous message answered it & minutes 5-9
    0.7554,  // our previous message answered it & minutes 10+
    -0.1623, // it answered our previous message & minutes 0
    0.0227,  // it answered our previous message & minutes 1
    0.2475,  // it answered our previous message & minutes 2
    0.3851,  // it answered our previous message & minutes 3-4
    0.1480,  // it answered our previous message & minutes 5-9
    0.8390,  // it answered our previous message & minutes 10+
    0.0623,  // it has no answer yet & minutes 0
    0.0210,  // it has no answer yet & minutes 1
    -0.0022, // it has no answer yet & minutes 2
    0.1223,  // it has no answer yet & minutes 3-4
    -0.1929, // it has no answer yet & minutes 5-9
    -0.2494, // it has no answer yet & minutes 10+
    0.0787,  // it is its conversation's latest & minutes 0
    0.2056,  // it is its conversation's latest & minutes 1
    0.2079,  // it is its conversation's latest & minutes 2
    -0.0618, // it is its conversation's latest & minutes 3-4
    0.1915,  // it is its conversation's latest & minutes 5-9
    -0.0651, // it is its conversation's latest & minutes 10+
    0.0976,  // it is in our author's conversation & minutes 0
    0.1370,  // it is in our author's conversation & minutes 1
    0.2054,  // it is in our author's conversation & minutes 2
    0.3015,  // it is in our author's conversation & minutes 3-4
    0.1188,  // it is in our author's conversation & minutes 5-9
    0.0327,  // it is in our author's conversation & minutes 10+
    0.3085,  // it shares a rare word & minutes 0
    0.3210,  // it shares a rare word & minutes 1
    0.4041,  // it shares a rare word & minutes 2
    0.4898,  // it shares a rare word & minutes 3-4
    0.4212,  // it shares a rare word & minutes 5-9
    0.7187,  // it shares a rare word & minutes 10+
    0.0644,  // it addressed whom we address & minutes 0
    0.1158,  // it addressed whom we address & minutes 1
    0.0722,  // it addressed whom we address & minutes 2
    -0.3404, // it addressed whom we address & minutes 3-4
    0.3542,  // it addressed whom we address & minutes 5-9
    -0.3625, // it addressed whom we address & minutes 10+
    0.0000,  // addresses its author & mentions its author
    0.0000,  // addresses its author & addresses someone else
    0.1144,  // addresses its author & it addresses our author
    -0.3013, // addresses its author & it mentions our author
    -1.0474, // addresses its author & same author
    -0.9224, // addresses its author & our author's previous message
    0.3592,  // addresses its author & its author's latest message
    0.2713,  // addresses its author & it addresses someone else
    0.2394,  // addresses its author & it asks a question
    -0.1933, // addresses its author & latest message addressing our author
    -0.7559, // addresses its author & our author last addressed its author
    -0.3387, // addresses its author & its author last addressed our author
    -0.4667, // addresses its author & it is short
    -1.0219, // addresses its author & it is a bot command
    0.3626,  // addresses its author & it answered our author
    -0.2228, // addresses its author & our author answered its author last
    -0.3065, // addresses its author & our previous message answered it
    -0.3185, // addresses its author & it answered our previous message
    -0.0049, // addresses its author & it has no answer yet
    0.0441,  // addresses its author & it is its conversation's latest
    -0.5136, // addresses its author & it is in our author's conversation
    -1.1654, // addresses its author & it shares a rare word
    -0.7531, // addresses its author & it addressed whom we address
    0.2026,  // mentions its author & addresses someone else
    -0.2360, // mentions its author & it addresses our author
    -0.3809, // mentions its author & it mentions our author
    -2.6181, // mentions its author & same author
    -1.6227, // mentions its author & our author's previous message
    0.7461,  // mentions its author & its author's latest message
    0.0041,  // mentions its author & it addresses someone else
    0.3297,  // mentions its author & it asks a question
    -0.3826, // mentions its author & latest message addressing our author
    -0.0771, // mentions its author & our author last addressed its author
    -0.6039, // mentions its author & its author last addressed our author
    -0.0740, // mentions its author & it is short
    -0.7930, // mentions its author & it is a bot command
    -0.0744, // mentions its author & it answered our author
    -0.5188, // mentions its author & our author answered its author last
    0.0654,  // mentions its author & our previous message answered it
    -0.1182, // mentions its author & it answered our previous message
    0.0919,  // mentions its author & it has no answer yet
    0.1612,  // mentions its author & it is its conversation's latest
    -0.7212, // mentions its author & it is in our author's conversation
    -1.0021, // mentions its author & it shares a rare word
    -0.3983, // mentions its author & it addressed whom we address
    0.6624,  // addresses someone else & it addresses our author
    -0.3675, // addresses someone else & it mentions our author
    0.5000,  // addresses someone else & same author
    0.1077,  // addresses someone else & our author's previous message
    -0.3641, // addresses someone else & its author's latest message
    -1.2093, // addresses someone else & it addresses someone else
    -0.1254, // addresses someone else & it asks a question
    -0.0849, // addresses someone else & latest message addressing our author
    -1.0821, // addresses someone else & our author last addressed its author
    -0.3564, // addresses someone else & its author last addressed our author
    0.3426,  // addresses someone else & it is short
    1.2008,  // addresses someone else & it is a bot command
    -0.4608, // addresses someone else & it answered our author
    -0.4768, // addresses someone else & our author answered its author last
    -0.2310, // addresses someone else & our previous message answered it
    0.2290,  // addresses someone else & it answered our previous message
    0.1018,  // addresses someone else & it has no answer yet
    -0.2647, // addresses someone else & it is its conversation's latest
    0.3387,  // addresses someone else & it is in our author's conversation
    -0.2885, // addresses someone else & it shares a rare word
    0.7779,  // addresses someone else & it addressed whom we address
    0.0000,  // it addresses our author & it mentions our author
    -0.1409, // it addresses our author & same author
    0.1746,  // it addresses our author & our author's previous message
    -0.2754, // it addresses our author & its author's latest message
    0.0000,  // it addresses our author & it addresses someone else
    -0.1825, // it addresses our author & it asks a question
    0.3954,  // it addresses our author & latest message addressing our author
    -0.1790, // it addresses our author & our author last addressed its author
    -0.2476, // it addresses our author & its author last addressed our author
    0.3121,  // it addresses our author & it is short
    0.0000,  // it addresses our author & it is a bot command
    -0.1939, // it addresses our author & it answered our author
    -0.1010, // it addresses our author & our author answered its author last
    0.1073,  // it addresses our author & our previous message answered it
    0.1606,  // it addresses our author & it answered our previous message
    0.5167,  // it addresses our author & it has no answer yet
    0.1643,  // it addresses our author & it is its conversation's latest
    0.0639,  // it addresses our author & it is in our author's conversation
    0.0914,  // it addresses our author & it shares a rare word
    0.9192,  // it addresses our author & it addressed whom we address
    -1.3418, // it mentions our author & same author
    -0.6784, // it mentions our author & our author's previous message
    0.1135,  // it mentions our author & its author's latest message
    0.7716,  // it mentions our author & it addresses someone else
    0.1293,  // it mentions our author & it asks a question
    0.0000,  // it mentions our author & latest message addressing our author
    -0.2868, // it mentions our author & our author last addressed its author
    -0.3693, // it mentions our author & its author last addressed our author
    0.1661,  // it mentions our author & it is short
    0.4490,  // it mentions our author & it is a bot command
    -0.5086, // it mentions our author & it answered our author
    0.1462,  // it mentions our author & our author answered its author last
    -0.7242, // it mentions our author & our previous message answered it
    0.0820,  // it mentions our author & it answered our previous message
    0.0323,  // it mentions our author & it has no answer yet
    0.0488,  // it mentions our author & it is its conversation's latest
    -0.1546, // it mentions our author & it is in our author's conversation
    -0.3124, // it mentions our author & it shares a rare word
    -0.5957, // it mentions our author & it addressed whom we address
    0.4955,  // same author & our author's previous message
    0.4955,  // same author & its author's latest message
    0.5650,  // same author & it addresses someone else
    0.2172,  // same author & it asks a question
    -0.1360, // same author & latest message addressing our author
    0.0000,  // same author & our author last addressed its author
    0.0000,  // same author & its author last addressed our author
    -0.2182, // same author & it is short
    -0.8234, // same author & it is a bot command
    0.0000,  // same author & it answered our author
    0.0000,  // same author & our author answered its author last
    0.6028,  // same author & our previous message answered it
    0.0000,  // same author & it answered our previous message
    0.3119,  // same author & it has no answer yet
    0.2910,  // same author & it is its conversation's latest
    0.0000,  // same author & it is in our author's conversation
    -0.5524, // same author & it shares a rare word
    0.4523,  // same author & it addressed whom we address
    0.4955,  // our author's previous message & its author's latest message
    0.5959,  // our author's previous message & it addresses someone else
    -0.6721, // our author's previous message & it asks a question
    0.1348,  // our author's previous message & latest message addressing our author
    0.0000,  // our author's previous message & our author last addressed its author
    0.0000,  // our author's previous message & its author last addressed our author
    -0.3715, // our author's previous message & it is short
    -0.9471, // our author's previous message & it is a bot command
    0.0000,  // our author's previous message & it answered our author
    0.0000,  // our author's previous message & our author answered its author last
    0.0000,  // our author's previous message & our previous message answered it
    0.0000,  // our author's previous message & it answered our previous message
    0.2432,  // our author's previous message & it has no answer yet
    0.0953,  // our author's previous message & it is its conversation's latest
    0.0000,  // our author's previous message & it is in our author's conversation
    -1.2933, // our author's previous message & it shares a rare word
    -0.2757, // our author's previous message & it addressed whom we address
    -0.0725, // its author's latest message & it addresses someone else
    -0.0869, // its author's latest message & it asks a question
    -0.4283, // its author's latest message & latest message addressing our author
    0.0646,  // its author's latest message & our author last addressed its author
    0.1786,  // its author's latest message & its author last addressed our author
    0.3886,  // its author's latest message & it is short
    -0.0642, // its author's latest message & it is a bot command
    0.1983,  // its author's latest message & it answered our author
    0.1275,  // its author's latest message & our author answered its author last
    0.1701,  // its author's latest message & our previous message answered it
    -0.1975, // its author's latest message & it answered our previous message
    -0.0577, // its author's latest message & it has no answer yet
    0.0509,  // its author's latest message & it is its conversation's latest
    -0.0231, // its author's latest message & it is in our author's conversation
    -0.0663, // its author's latest message & it shares a rare word
    0.1058,  // its author's latest message & it addressed whom we address
    -0.1974, // it addresses someone else & it asks a question
    0.0000,  // it addresses someone else & latest message addressing our author
    -0.5267, // it addresses someone else & our author last addressed its author
    -0.4482, // it addresses someone else & its author last addressed our author
    0.3341,  // it addresses someone else & it is short
    0.0000,  // it addresses someone else & it is a bot command
    0.1809,  // it addresses someone else & it answered our author
    -0.1445, // it addresses someone else & our author answered its author last
    0.2054,  // it addresses someone else & our previous message answered it
    -0.1333, // it addresses someone else & it answered our previous message
    -0.0233, // it addresses someone else & it has no answer yet
    -0.1938, // it addresses someone else & it is its conversation's latest
    0.5398,  // it addresses someone else & it is in our author's conversation
    0.4513,  // it addresses someone else & it shares a rare word
    0.6829,  // it addresses someone else & it addressed whom we address
    0.1417,  // it asks a question & latest message addressing our author
    0.1134,  // it asks a question & our author last addressed its author
    0.0690,  // it asks a question & its author last addressed our author
    0.2049,  // it asks a question & it is short
    0.0788,  // it asks a question & it is a bot command
    -0.2451, // it asks a question & it answered our author
    -0.0700, // it asks a question & our author answered its author last
    0.0256,  // it asks a question & our previous message answered it
    0.4498,  // it asks a question & it answered our previous message
    0.2569,  // it asks a question & it has no answer yet
    -0.0218, // it asks a question & it is its conversation's latest
    -0.0998, // it asks a question & it is in our author's conversation
    0.0953,  // it asks a question & it shares a rare word
    -0.0361, // it asks a question & it addressed whom we address
    -0.0097, // latest message addressing our author & our author last addressed its author
    -0.1004, // latest message addressing our author & its author last addressed our author
    0.0017,  // latest message addressing our author & it is short
    0.0000,  // latest message addressing our author & it is a bot command
    -0.1844, // latest message addressing our author & it answered our author
    0.0802,  // latest message addressing our author & our author answered its author last
    -0.1217, // latest message addressing our author & our previous message answered it
    -0.0779, // latest message addressing our author & it answered our previous message
    0.0923,  // latest message addressing our author & it has no answer yet
    -0.0088, // latest message addressing our author & it is its conversation's latest
    0.1687,  // latest message addressing our author & it is in our author's conversation
    -0.4967, // latest message addressing our author & it shares a rare word
    0.9814,  // latest message addressing our author & it addressed whom we address
    -0.3683, // our author last addressed its author & its author last addressed our author
    0.0119,  // our author last addressed its author & it is short
    -0.2247, // our author last addressed its author & it is a bot command
    -0.1404, // our author last addressed its author & it answered our author
    -0.1690, // our author last addressed its author & our author answered its author last
    -0.0327, // our author last addressed its author & our previous message answered it
    0.0748,  // our author last addressed its author & it answered our previous message
    0.0321,  // our author last addressed its author & it has no answer yet
    0.0860,  // our author last addressed its author & it is its conversation's latest
    0.0874,  // our author last addressed its author & it is in our author's conversation
    -0.0049, // our author last addressed its author & it shares a rare word
    0.4969,  // our author last addressed its author & it addressed whom we address
    -0.0155, // its author last addressed our author & it is short
    -0.4697, // its author last addressed our author & it is a bot command
    -0.1627, // its author last addressed our author & it answered our author
    -0.1457, // its author last addressed our author & our author answered its author last
    0.0693,  // its author last addressed our author & our previous message answered it
    0.2748,  // its author last addressed our author & it answered our previous message
    0.0192,  // its author last addressed our author & it has no answer yet
    0.1053,  // its author last addressed our author & it is its conversation's latest
    -0.2803, // its author last addressed our author & it is in our author's conversation
    0.0948,  // its author last addressed our author & it shares a rare word
    0.5274,  // its author last addressed our author & it addressed whom we address
    1.0966,  // it is short & it is a bot command
    0.1910,  // it is short & it answered our author
    0.0515,  // it is short & our author answered its author last
    -0.0572, // it is short & our previous message answered it
    -0.0136, // it is short & it answered our previous message
    -0.0143, // it is short & it has no answer yet
    -0.0207, // it is short & it is its conversation's latest
    -0.0361, // it is short & it is in our author's conversation
    0.5321,  // it is short & it shares a rare word
    -0.3409, // it is short & it addressed whom we address
    -0.1069, // it is a bot command & it answered our author
    0.3337,  // it is a bot command & our author answered its author last
    -0.8124, // it is a bot command & our previous message answered it
    -0.0202, // it is a bot command & it answered our previous message
    0.2667,  // it is a bot command & it has no answer yet
    0.7159,  // it is a bot command & it is its conversation's latest
    -0.1105, // it is a bot command & it is in our author's conversation
    0.4535,  // it is a bot command & it shares a rare word
    0.0000,  // it is a bot command & it addressed whom we address
    -0.4287, // it answered our author & our author answered its author last
    0.4202,  // it answered our author & our previous message answered it
    0.2645,  // it answered our author & it answered our previous message
    0.2841,  // it answered our author & it has no answer yet
    0.1858,  // it answered our author & it is its conversation's latest
    0.0262,  // it answered our author & it is in our author's conversation
    -0.2199, // it answered our author & it shares a rare word
    0.1609,  // it answered our author & it addressed whom we address
    0.0551,  // our author answered its author last & our previous message answered it
    0.4686,  // our author answered its author last & it answered our previous message
    -0.1403, // our author answered its author last & it has no answer yet
    0.1755,  // our author answered its author last & it is its conversation's latest
    0.3179,  // our author answered its author last & it is in our author's conversation
    0.0049,  // our author answered its author last & it shares a rare word
    0.4083,  // our author answered its author last & it addressed whom we address
    0.0000,  // our previous message answered it & it answered our previous message
    0.0000,  // our previous message answered it & it has no answer yet
    0.0000,  // our previous message answered it & it is its conversation's latest
    0.0551,  // our previous message answered it & it is in our author's conversation
    -0.5324, // our previous message answered it & it shares a rare word
    0.6266,  // our previous message answered it & it addressed whom we address
    -0.1891, // it answered our previous message & it has no answer yet
    -0.4655, // it answered our previous message & it is its conversation's latest
    0.2645,  // it answered our previous message & it is in our author's conversation
    -0.3587, // it answered our previous message & it shares a rare word
    0.3657,  // it answered our previous message & it addressed whom we address
    0.1403,  // it has no answer yet & it is its conversation's latest
    0.1795,  // it has no answer yet & it is in our author's conversation
    0.0139,  // it has no answer yet & it shares a rare word
    0.4138,  // it has no answer yet & it addressed whom we address
    0.0867,  // it is its conversation's latest & it is in our author's conversation
    0.0635,  // it is its conversation's latest & it shares a rare word
    0.2476,  // it is its conversation's latest & it addressed whom we address
    -0.2766, // it is in our author's conversation & it shares a rare word
    0.0238,  // it is in our author's conversation & it addressed whom we address
    -0.8548, // it shares a rare word & it addressed whom we address
    -1.0530, // no parent & no parent: addresses someone
    0.2312,  // no parent & no parent: asks a question
    0.3008,  // no parent & no parent: author new in window
    0.0694,  // no parent & no parent: mentions someone
    -0.2452, // no parent & no parent: author was addressed
    0.1141,  // no parent & no parent: author silent 10+ min
    0.6016,  // no parent & no parent: opens with a question word
    0.3104,  // no parent & no parent: long
    -0.2529, // no parent: addresses someone & no parent: asks a question
    -0.3012, // no parent: addresses someone & no parent: author new in window
    -1.0658, // no parent: addresses someone & no parent: mentions someone
    -0.1525, // no parent: addresses someone & no parent: author was addressed
    -0.4927, // no parent: addresses someone & no parent: author silent 10+ min
    0.7147,  // no parent: addresses someone & no parent: opens with a question word
    -1.0685, // no parent: addresses someone & no parent: long
    0.4188,  // no parent: asks a question & no parent: author new in window
    0.1273,  // no parent: asks a question & no parent: mentions someone
    0.0096,  // no parent: asks a question & no parent: author was addressed
    -0.0505, // no parent: asks a question & no parent: author silent 10+ min
    -0.4878, // no parent: asks a question & no parent: opens with a question word
    0.6579,  // no parent: asks a question & no parent: long
    -0.1273, // no parent: author new in window & no parent: mentions someone
    0.2280,  // no parent: author new in window & no parent: author was addressed
    0.2921,  // no parent: author new in window & no parent: author silent 10+ min
    0.7233,  // no parent: author new in window & no parent: opens with a question word
    0.6508,  // no parent: author new in window & no parent: long
    0.3482,  // no parent: mentions someone & no parent: author was addressed
    -0.5441, // no parent: mentions someone & no parent: author silent 10+ min
    0.0579,  // no parent: mentions someone & no parent: opens with a question word
    0.1645,  // no parent: mentions someone & no parent: long
    0.3593,  // no parent: author was addressed & no parent: author silent 10+ min
    0.4669,  // no parent: author was addressed & no parent: opens with a question word
    -0.1332, // no parent: author was addressed & no parent: long
    0.2293,  // no parent: author silent 10+ min & no parent: opens with a question word
    0.0154,  // no parent: author silent 10+ min & no parent: long
    -0.2955, // no parent: opens with a question word & no parent: long
];
