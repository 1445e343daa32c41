#pragma once
#include "core/secretfinding.h"

#include <QList>
#include <QStringView>

namespace okpay {

// BIP39 recovery phrases in free text: 12 or more list words in a row, English (any case, split by whitespace,
// commas or "1." style numbering) or Simplified Chinese (split the same way, or not at all). Strong when 12–24
// words at the start or end of the run carry a valid BIP39 checksum.
//
// Chinese prose is made almost entirely of list characters (the list is the 2048 most frequent ones), so an
// unspaced Chinese run is reported only where it does not read like prose: a 12-character window whose average
// list rank is at least HotAverageRank (random phrases average ~1024, prose ~100–500; ~0.7% of random 12-word
// phrases fall below), or a whole run that is a checksum-valid phrase averaging at least ChecksumAverageRank
// (which catches nearly all of those when the phrase stands apart from other Chinese text).
class RecoveryPhraseScanner
{
public:
    static constexpr int MinWords = 12;
    static constexpr int HotAverageRank = 600;
    static constexpr int ChecksumAverageRank = 500;

    static QList<SecretFinding> find(QStringView text);
};

} // namespace okpay
