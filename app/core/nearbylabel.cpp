#include "core/nearbylabel.h"

#include "core/asciichar.h"

namespace okpay {

namespace {
bool stopsGap(QChar c)
{
    return AsciiChar::isDigit(c) || c == u'.' || c == u'!' || c == u'?' || c == u'。' || c == u'！' || c == u'？';
}

// A label that begins or ends with an ASCII letter must not continue a longer ASCII word.
bool matchesAt(QStringView text, qsizetype start, QStringView label)
{
    if (start < 0 || start + label.size() > text.size())
        return false;
    if (text.sliced(start, label.size()).compare(label, Qt::CaseInsensitive) != 0)
        return false;
    if (AsciiChar::isLetter(label.front()) && start > 0 && AsciiChar::isLetter(text.at(start - 1)))
        return false;
    const qsizetype end = start + label.size();
    if (AsciiChar::isLetter(label.back()) && end < text.size() && AsciiChar::isLetter(text.at(end)))
        return false;
    return true;
}
} // namespace

qsizetype NearbyLabel::endingAt(QStringView text, qsizetype pos, Labels labels)
{
    qsizetype longest = 0;
    for (const QStringView label : labels) {
        if (label.size() > longest && matchesAt(text, pos - label.size(), label))
            longest = label.size();
    }
    return longest;
}

qsizetype NearbyLabel::startingAt(QStringView text, qsizetype pos, Labels labels)
{
    qsizetype longest = 0;
    for (const QStringView label : labels) {
        if (label.size() > longest && matchesAt(text, pos, label))
            longest = label.size();
    }
    return longest;
}

qsizetype NearbyLabel::gapBefore(QStringView text, qsizetype pos, Labels labels, qsizetype maxGap)
{
    for (qsizetype end = pos; end > 0 && pos - end <= maxGap; --end) {
        if (endingAt(text, end, labels) > 0)
            return pos - end;
        if (stopsGap(text.at(end - 1)))
            break;
    }
    return -1;
}

qsizetype NearbyLabel::gapAfter(QStringView text, qsizetype pos, Labels labels, qsizetype maxGap)
{
    for (qsizetype start = pos; start < text.size() && start - pos <= maxGap; ++start) {
        if (startingAt(text, start, labels) > 0)
            return start - pos;
        if (stopsGap(text.at(start)))
            break;
    }
    return -1;
}

} // namespace okpay
