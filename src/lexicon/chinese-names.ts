// Chinese personal names in pinyin: common family names (written first: "Wang Yi", "Li Qiang")
// and the syllable inventory a given name is made of ("Jinping" = jin + ping). Folded forms.

/** Frequent family names, folded. */
export const CHINESE_FAMILY_NAMES: readonly string[] = [
  ...['wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'zhao', 'huang', 'zhou', 'wu', 'xu', 'sun'],
  ...['ma', 'zhu', 'hu', 'guo', 'lin', 'gao', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang'],
  ...['han', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'pan', 'yuan', 'cai'],
  ...['jiang', 'yu', 'cheng', 'wei', 'su', 'lu', 'ding', 'ren', 'shen', 'yao', 'cui', 'zhong'],
  ...['tan', 'jin', 'shi', 'liao', 'jia', 'xia', 'fu', 'fang', 'zou', 'xiong', 'meng', 'qin'],
  ...['qiu', 'hou', 'yin', 'xue', 'yan', 'duan', 'shao', 'qian', 'dai', 'mao', 'hua', 'kong'],
  ...['wan', 'hao', 'kang', 'niu', 'xing', 'zhai', 'geng', 'qi', 'xi', 'wen', 'bai'],
  // two-syllable family names: "Ouyang Yujing", "Sima Qian"
  ...['ouyang', 'sima', 'situ', 'zhuge', 'shangguan', 'dongfang', 'huangfu', 'linghu'],
  // also English words: a name only before a pinyin given name ("He Lifeng", "Ye Jianming")
  ...['he', 'ye', 'mo', 'qu'],
];

/** Initials and finals of pinyin syllables, longest first. */
export const PINYIN_INITIALS: readonly string[] = [
  ...['zh', 'ch', 'sh', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x'],
  ...['r', 'z', 'c', 's', 'y', 'w'],
];
export const PINYIN_FINALS: readonly string[] = [
  ...['iang', 'iong', 'uang', 'ang', 'eng', 'ing', 'ong', 'uai', 'uan', 'iao', 'ian', 'ai', 'ei'],
  ...['ao', 'ou', 'an', 'en', 'in', 'un', 'ia', 'ie', 'iu', 'ua', 'uo', 'ui', 'ue', 'er', 'a', 'o'],
  ...['e', 'i', 'u', 'v'],
];

/** Korean and Vietnamese family names, written first ("Ri Son Hui", "Nguyen Xuan Phuc"). Folded. */
export const EAST_ASIAN_FAMILY_NAMES: readonly string[] = [
  ...['kim', 'lee', 'ri', 'yi', 'park', 'pak', 'choe', 'choi', 'jung', 'jong', 'chung', 'kang'],
  ...['cho', 'jo', 'yoon', 'yun', 'jang', 'chang', 'lim', 'han', 'oh', 'seo', 'shin', 'sin'],
  ...['kwon', 'hwang', 'ahn', 'song', 'hong', 'ryu', 'moon', 'mun', 'ju', 'ro', 'hyon', 'kye'],
  ...['nguyen', 'tran', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho'],
  ...['ngo', 'duong', 'ly', 'dinh', 'dao', 'truong', 'vuong', 'luong', 'trinh', 'doan', 'phung'],
  ...['thai', 'mai', 'lam', 'ha', 'cao', 'le', 'luu', 'ta', 'chu', 'quach', 'kieu', 'nong'],
];
