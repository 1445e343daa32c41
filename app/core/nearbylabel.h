#pragma once
#include <QStringView>

#include <span>

namespace okpay {

// How far a label ("CVV", "2FA", "验证码", "phone"…) stands from a position in a text, for the context rules of
// the secret scanners. ASCII labels match case-insensitively and not inside a longer word ("code" not in "codec").
class NearbyLabel
{
public:
    using Labels = std::span<const QStringView>;

    // Characters between the end of the nearest label and pos; -1 when no label ends within maxGap characters
    // or a digit or a sentence end (. ! ? 。！？) stands in between.
    static qsizetype gapBefore(QStringView text, qsizetype pos, Labels labels, qsizetype maxGap);
    // The same after pos: characters between pos and the start of the nearest label.
    static qsizetype gapAfter(QStringView text, qsizetype pos, Labels labels, qsizetype maxGap);
    // The label that ends exactly at pos, or starts exactly at pos; its length, or 0 if none.
    static qsizetype endingAt(QStringView text, qsizetype pos, Labels labels);
    static qsizetype startingAt(QStringView text, qsizetype pos, Labels labels);
};

} // namespace okpay
