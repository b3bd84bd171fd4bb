// Words that name kinds of weapon systems and how tests of them go, for the weapons-test
// attributes. General arms-control vocabulary (the terms of the CNS and CSIS missile databases),
// not taken from any one report.

/** Kinds of system, most specific first: the first that matches wins. */
export const SYSTEM_TYPES: readonly string[] = [
  'submarine-launched ballistic missile', 'intercontinental ballistic missile', 'intermediate-range ballistic missile',
  'medium-range ballistic missile', 'short-range ballistic missile', 'close-range ballistic missile',
  'hypersonic glide vehicle', 'hypersonic missile', 'strategic cruise missile', 'long-range cruise missile', 'cruise missile',
  'anti-aircraft missile system', 'anti-aircraft missile', 'air defence missile system', 'air defense missile system',
  'air defence missile', 'air defense missile', 'surface-to-air missile', 'air-to-air missile', 'anti-ship missile',
  'anti-tank missile', 'air-to-surface missile', 'multiple rocket launcher', 'super-large multiple rocket launcher',
  'space launch vehicle', 'satellite launch vehicle', 'ballistic missile', 'nuclear-capable missile', 'tactical guided weapon',
  'guided missile', 'nuclear test', 'nuclear device', 'underwater nuclear drone', 'torpedo', 'artillery rockets', 'rocket',
  'ICBM', 'IRBM', 'MRBM', 'SRBM', 'SLBM', 'SLCM', 'SAM', 'MIRV',
];

/** Family names of missiles that appear with a number ("Hwasong-15", "DF-41", "KN-23"). */
export const SYSTEM_FAMILIES: readonly string[] = [
  'Hwasong', 'Pukguksong', 'Pukkuksong', 'KN', 'Taepodong', 'Nodong', 'Rodong', 'Musudan', 'Unha', 'Chollima', 'Haeil', 'Hwasal', 'Pyoljji',
  'DF', 'Dongfeng', 'JL', 'Julang', 'CJ', 'Agni', 'Prithvi', 'BrahMos', 'K', 'Shaheen', 'Ghauri', 'Ghaznavi', 'Babur', 'Nasr', 'Ababeel',
  'Fateh', 'Shahab', 'Sejjil', 'Emad', 'Ghadr', 'Khorramshahr', 'Kheibar', 'Zolfaghar', 'Simorgh', 'Qaem',
  'Iskander', 'Kinzhal', 'Zircon', 'Tsirkon', 'Sarmat', 'Yars', 'Bulava', 'Avangard', 'Burevestnik', 'Kalibr', 'Oreshnik', 'S',
  'Minuteman', 'Trident', 'Sentinel', 'Hyunmoo', 'Jericho', 'Arrow',
];

/** Words that say a launch went wrong. */
export const FAILURE_WORDS: readonly string[] = [
  'failed', 'fails', 'failure', 'unsuccessful', 'exploded', 'blew up', 'disintegrated', 'crashed', 'broke up', 'malfunctioned', 'went wrong', 'aborted',
  // A flight ended by its range officers or one that went off course ("terminated after an anomaly", "self-destructed").
  'anomaly', 'terminated', 'self-destructed', 'self-destruct', 'lost thrust', 'lost contact', 'crashes', 'explodes', 'malfunction',
];

/** Words that say it went right. */
export const SUCCESS_WORDS: readonly string[] = ['successfully', 'successful', 'succeeded', 'success'];
