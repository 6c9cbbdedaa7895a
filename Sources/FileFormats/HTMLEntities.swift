/// HTML named character references the release checker meets in council web pages: every entity of
/// HTML 4.01 (with HTML5's values, e.g. `&lang;` is U+27E8), the HTML5 additions CMS editors emit
/// (`&apos;`, `&hyphen;`, `&NonBreakingSpace;`, Welsh `&wcirc;` `&ycirc;`, Central European letters …),
/// and which of them HTML5 also decodes without the semicolon (WHATWG HTML §13.5 "named character references").
enum HTMLEntities {
    /// The code point a name stands for, and whether it is one of the 106 legacy names that also
    /// work without `;`.
    struct Reference {
        var scalar: UInt32
        var legacy: Bool
    }

    /// The table, keyed by the case-sensitive name without `&` and `;` (no name is longer than 16 bytes).
    static let table: [PackedName: Reference] = {
        var table: [PackedName: Reference] = [:]
        table.reserveCapacity(entries.count)
        for (name, scalar, legacy) in entries {
            if let key = PackedName(name) { table[key] = Reference(scalar: scalar, legacy: legacy) }
        }
        return table
    }()

    /// The longest legacy name (`middot`, `curren`, …): the most bytes a semicolon-less match can take.
    static let longestLegacyName = 6

    /// (name, code point, also decoded without the semicolon).
    private static let entries: [(String, UInt32, Bool)] = [
        ("nbsp", 0x00A0, true), ("iexcl", 0x00A1, true), ("cent", 0x00A2, true), ("pound", 0x00A3, true), ("curren", 0x00A4, true),
        ("yen", 0x00A5, true), ("brvbar", 0x00A6, true), ("sect", 0x00A7, true), ("uml", 0x00A8, true), ("copy", 0x00A9, true),
        ("ordf", 0x00AA, true), ("laquo", 0x00AB, true), ("not", 0x00AC, true), ("shy", 0x00AD, true), ("reg", 0x00AE, true),
        ("macr", 0x00AF, true), ("deg", 0x00B0, true), ("plusmn", 0x00B1, true), ("sup2", 0x00B2, true), ("sup3", 0x00B3, true),
        ("acute", 0x00B4, true), ("micro", 0x00B5, true), ("para", 0x00B6, true), ("middot", 0x00B7, true), ("cedil", 0x00B8, true),
        ("sup1", 0x00B9, true), ("ordm", 0x00BA, true), ("raquo", 0x00BB, true), ("frac14", 0x00BC, true), ("frac12", 0x00BD, true),
        ("frac34", 0x00BE, true), ("iquest", 0x00BF, true), ("Agrave", 0x00C0, true), ("Aacute", 0x00C1, true), ("Acirc", 0x00C2, true),
        ("Atilde", 0x00C3, true), ("Auml", 0x00C4, true), ("Aring", 0x00C5, true), ("AElig", 0x00C6, true), ("Ccedil", 0x00C7, true),
        ("Egrave", 0x00C8, true), ("Eacute", 0x00C9, true), ("Ecirc", 0x00CA, true), ("Euml", 0x00CB, true), ("Igrave", 0x00CC, true),
        ("Iacute", 0x00CD, true), ("Icirc", 0x00CE, true), ("Iuml", 0x00CF, true), ("ETH", 0x00D0, true), ("Ntilde", 0x00D1, true),
        ("Ograve", 0x00D2, true), ("Oacute", 0x00D3, true), ("Ocirc", 0x00D4, true), ("Otilde", 0x00D5, true), ("Ouml", 0x00D6, true),
        ("times", 0x00D7, true), ("Oslash", 0x00D8, true), ("Ugrave", 0x00D9, true), ("Uacute", 0x00DA, true), ("Ucirc", 0x00DB, true),
        ("Uuml", 0x00DC, true), ("Yacute", 0x00DD, true), ("THORN", 0x00DE, true), ("szlig", 0x00DF, true), ("agrave", 0x00E0, true),
        ("aacute", 0x00E1, true), ("acirc", 0x00E2, true), ("atilde", 0x00E3, true), ("auml", 0x00E4, true), ("aring", 0x00E5, true),
        ("aelig", 0x00E6, true), ("ccedil", 0x00E7, true), ("egrave", 0x00E8, true), ("eacute", 0x00E9, true), ("ecirc", 0x00EA, true),
        ("euml", 0x00EB, true), ("igrave", 0x00EC, true), ("iacute", 0x00ED, true), ("icirc", 0x00EE, true), ("iuml", 0x00EF, true),
        ("eth", 0x00F0, true), ("ntilde", 0x00F1, true), ("ograve", 0x00F2, true), ("oacute", 0x00F3, true), ("ocirc", 0x00F4, true),
        ("otilde", 0x00F5, true), ("ouml", 0x00F6, true), ("divide", 0x00F7, true), ("oslash", 0x00F8, true), ("ugrave", 0x00F9, true),
        ("uacute", 0x00FA, true), ("ucirc", 0x00FB, true), ("uuml", 0x00FC, true), ("yacute", 0x00FD, true), ("thorn", 0x00FE, true),
        ("yuml", 0x00FF, true), ("amp", 0x0026, true), ("lt", 0x003C, true), ("gt", 0x003E, true), ("quot", 0x0022, true),
        ("AMP", 0x0026, true), ("LT", 0x003C, true), ("GT", 0x003E, true), ("QUOT", 0x0022, true), ("COPY", 0x00A9, true),
        ("REG", 0x00AE, true), ("OElig", 0x0152, false), ("oelig", 0x0153, false), ("Scaron", 0x0160, false), ("scaron", 0x0161, false),
        ("Yuml", 0x0178, false), ("circ", 0x02C6, false), ("tilde", 0x02DC, false), ("ensp", 0x2002, false), ("emsp", 0x2003, false),
        ("thinsp", 0x2009, false), ("zwnj", 0x200C, false), ("zwj", 0x200D, false), ("lrm", 0x200E, false), ("rlm", 0x200F, false),
        ("ndash", 0x2013, false), ("mdash", 0x2014, false), ("lsquo", 0x2018, false), ("rsquo", 0x2019, false), ("sbquo", 0x201A, false),
        ("ldquo", 0x201C, false), ("rdquo", 0x201D, false), ("bdquo", 0x201E, false), ("dagger", 0x2020, false), ("Dagger", 0x2021, false),
        ("permil", 0x2030, false), ("lsaquo", 0x2039, false), ("rsaquo", 0x203A, false), ("euro", 0x20AC, false), ("fnof", 0x0192, false),
        ("Alpha", 0x0391, false), ("Beta", 0x0392, false), ("Gamma", 0x0393, false), ("Delta", 0x0394, false), ("Epsilon", 0x0395, false),
        ("Zeta", 0x0396, false), ("Eta", 0x0397, false), ("Theta", 0x0398, false), ("Iota", 0x0399, false), ("Kappa", 0x039A, false),
        ("Lambda", 0x039B, false), ("Mu", 0x039C, false), ("Nu", 0x039D, false), ("Xi", 0x039E, false), ("Omicron", 0x039F, false),
        ("Pi", 0x03A0, false), ("Rho", 0x03A1, false), ("Sigma", 0x03A3, false), ("Tau", 0x03A4, false), ("Upsilon", 0x03A5, false),
        ("Phi", 0x03A6, false), ("Chi", 0x03A7, false), ("Psi", 0x03A8, false), ("Omega", 0x03A9, false), ("alpha", 0x03B1, false),
        ("beta", 0x03B2, false), ("gamma", 0x03B3, false), ("delta", 0x03B4, false), ("epsilon", 0x03B5, false), ("zeta", 0x03B6, false),
        ("eta", 0x03B7, false), ("theta", 0x03B8, false), ("iota", 0x03B9, false), ("kappa", 0x03BA, false), ("lambda", 0x03BB, false),
        ("mu", 0x03BC, false), ("nu", 0x03BD, false), ("xi", 0x03BE, false), ("omicron", 0x03BF, false), ("pi", 0x03C0, false),
        ("rho", 0x03C1, false), ("sigmaf", 0x03C2, false), ("sigma", 0x03C3, false), ("tau", 0x03C4, false), ("upsilon", 0x03C5, false),
        ("phi", 0x03C6, false), ("chi", 0x03C7, false), ("psi", 0x03C8, false), ("omega", 0x03C9, false), ("thetasym", 0x03D1, false),
        ("upsih", 0x03D2, false), ("piv", 0x03D6, false), ("bull", 0x2022, false), ("hellip", 0x2026, false), ("prime", 0x2032, false),
        ("Prime", 0x2033, false), ("oline", 0x203E, false), ("frasl", 0x2044, false), ("weierp", 0x2118, false), ("image", 0x2111, false),
        ("real", 0x211C, false), ("trade", 0x2122, false), ("alefsym", 0x2135, false), ("larr", 0x2190, false), ("uarr", 0x2191, false),
        ("rarr", 0x2192, false), ("darr", 0x2193, false), ("harr", 0x2194, false), ("crarr", 0x21B5, false), ("lArr", 0x21D0, false),
        ("uArr", 0x21D1, false), ("rArr", 0x21D2, false), ("dArr", 0x21D3, false), ("hArr", 0x21D4, false), ("forall", 0x2200, false),
        ("part", 0x2202, false), ("exist", 0x2203, false), ("empty", 0x2205, false), ("nabla", 0x2207, false), ("isin", 0x2208, false),
        ("notin", 0x2209, false), ("ni", 0x220B, false), ("prod", 0x220F, false), ("sum", 0x2211, false), ("minus", 0x2212, false),
        ("lowast", 0x2217, false), ("radic", 0x221A, false), ("prop", 0x221D, false), ("infin", 0x221E, false), ("ang", 0x2220, false),
        ("cap", 0x2229, false), ("cup", 0x222A, false), ("int", 0x222B, false), ("there4", 0x2234, false), ("sim", 0x223C, false),
        ("cong", 0x2245, false), ("asymp", 0x2248, false), ("ne", 0x2260, false), ("equiv", 0x2261, false), ("le", 0x2264, false),
        ("ge", 0x2265, false), ("sub", 0x2282, false), ("sup", 0x2283, false), ("nsub", 0x2284, false), ("sube", 0x2286, false),
        ("supe", 0x2287, false), ("oplus", 0x2295, false), ("otimes", 0x2297, false), ("perp", 0x22A5, false), ("sdot", 0x22C5, false),
        ("lceil", 0x2308, false), ("rceil", 0x2309, false), ("lfloor", 0x230A, false), ("rfloor", 0x230B, false), ("lang", 0x27E8, false),
        ("rang", 0x27E9, false), ("loz", 0x25CA, false), ("spades", 0x2660, false), ("clubs", 0x2663, false), ("hearts", 0x2665, false),
        ("diams", 0x2666, false), ("and", 0x2227, false), ("or", 0x2228, false), ("apos", 0x0027, false), ("Tab", 0x0009, false),
        ("NewLine", 0x000A, false), ("excl", 0x0021, false), ("num", 0x0023, false), ("dollar", 0x0024, false), ("percnt", 0x0025, false),
        ("lpar", 0x0028, false), ("rpar", 0x0029, false), ("ast", 0x002A, false), ("plus", 0x002B, false), ("comma", 0x002C, false),
        ("period", 0x002E, false), ("sol", 0x002F, false), ("colon", 0x003A, false), ("semi", 0x003B, false), ("equals", 0x003D, false),
        ("quest", 0x003F, false), ("commat", 0x0040, false), ("lsqb", 0x005B, false), ("lbrack", 0x005B, false), ("bsol", 0x005C, false),
        ("rsqb", 0x005D, false), ("rbrack", 0x005D, false), ("Hat", 0x005E, false), ("lowbar", 0x005F, false), ("grave", 0x0060, false),
        ("lcub", 0x007B, false), ("lbrace", 0x007B, false), ("verbar", 0x007C, false), ("vert", 0x007C, false), ("rcub", 0x007D, false),
        ("rbrace", 0x007D, false), ("NonBreakingSpace", 0x00A0, false), ("half", 0x00BD, false), ("centerdot", 0x00B7, false), ("hyphen", 0x2010, false),
        ("dash", 0x2010, false), ("horbar", 0x2015, false), ("Vert", 0x2016, false), ("numsp", 0x2007, false), ("puncsp", 0x2008, false),
        ("hairsp", 0x200A, false), ("ThinSpace", 0x2009, false), ("emsp13", 0x2004, false), ("emsp14", 0x2005, false), ("ZeroWidthSpace", 0x200B, false),
        ("rsquor", 0x2019, false), ("lsquor", 0x201A, false), ("rdquor", 0x201D, false), ("ldquor", 0x201E, false), ("bullet", 0x2022, false),
        ("nldr", 0x2025, false), ("mldr", 0x2026, false), ("check", 0x2713, false), ("checkmark", 0x2713, false), ("cross", 0x2717, false),
        ("star", 0x2606, false), ("starf", 0x2605, false), ("bigstar", 0x2605, false), ("phone", 0x260E, false), ("female", 0x2640, false),
        ("male", 0x2642, false), ("sharp", 0x266F, false), ("flat", 0x266D, false), ("natural", 0x266E, false), ("frac13", 0x2153, false),
        ("frac23", 0x2154, false), ("frac15", 0x2155, false), ("frac25", 0x2156, false), ("frac35", 0x2157, false), ("frac45", 0x2158, false),
        ("frac16", 0x2159, false), ("frac56", 0x215A, false), ("frac18", 0x215B, false), ("frac38", 0x215C, false), ("frac58", 0x215D, false),
        ("frac78", 0x215E, false), ("copysr", 0x2117, false), ("incare", 0x2105, false), ("numero", 0x2116, false), ("ohm", 0x03A9, false),
        ("mho", 0x2127, false), ("angst", 0x00C5, false), ("caret", 0x2041, false), ("bsim", 0x223D, false), ("TRADE", 0x2122, false),
        ("rarrw", 0x219D, false), ("larrhk", 0x21A9, false), ("rarrhk", 0x21AA, false), ("inodot", 0x0131, false), ("imath", 0x0131, false),
        ("Ccaron", 0x010C, false), ("ccaron", 0x010D, false), ("Ecaron", 0x011A, false), ("ecaron", 0x011B, false), ("Rcaron", 0x0158, false),
        ("rcaron", 0x0159, false), ("Zcaron", 0x017D, false), ("zcaron", 0x017E, false), ("Lstrok", 0x0141, false), ("lstrok", 0x0142, false),
        ("Nacute", 0x0143, false), ("nacute", 0x0144, false), ("Sacute", 0x015A, false), ("sacute", 0x015B, false), ("Zacute", 0x0179, false),
        ("zacute", 0x017A, false), ("Zdot", 0x017B, false), ("zdot", 0x017C, false), ("Aogon", 0x0104, false), ("aogon", 0x0105, false),
        ("Eogon", 0x0118, false), ("eogon", 0x0119, false), ("Cacute", 0x0106, false), ("cacute", 0x0107, false), ("Wcirc", 0x0174, false),
        ("wcirc", 0x0175, false), ("Ycirc", 0x0176, false), ("ycirc", 0x0177, false), ("Gbreve", 0x011E, false), ("gbreve", 0x011F, false),
        ("Idot", 0x0130, false), ("Scedil", 0x015E, false), ("scedil", 0x015F, false), ("Amacr", 0x0100, false), ("amacr", 0x0101, false),
        ("Emacr", 0x0112, false), ("emacr", 0x0113, false), ("Imacr", 0x012A, false), ("imacr", 0x012B, false), ("Omacr", 0x014C, false),
        ("omacr", 0x014D, false), ("Umacr", 0x016A, false), ("umacr", 0x016B, false), ("Odblac", 0x0150, false), ("odblac", 0x0151, false),
        ("Udblac", 0x0170, false), ("udblac", 0x0171, false), ("Uring", 0x016E, false), ("uring", 0x016F, false), ("Tcaron", 0x0164, false),
        ("tcaron", 0x0165, false), ("Dcaron", 0x010E, false), ("dcaron", 0x010F, false), ("Ncaron", 0x0147, false), ("ncaron", 0x0148, false),
        ("Lacute", 0x0139, false), ("lacute", 0x013A, false), ("Racute", 0x0154, false), ("racute", 0x0155, false), ("Gcirc", 0x011C, false),
        ("gcirc", 0x011D, false), ("Hcirc", 0x0124, false), ("hcirc", 0x0125, false), ("Jcirc", 0x0134, false), ("jcirc", 0x0135, false),
        ("Scirc", 0x015C, false), ("scirc", 0x015D, false), ("Ccirc", 0x0108, false), ("ccirc", 0x0109, false),
    ]
}
