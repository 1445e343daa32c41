#pragma once
#include <QList>
#include <QStringView>

namespace okpay {

// The parts of a text whose digits are an address or an account rather than a card number or a code:
// URLs (http://, https://, www.) and IBAN-shaped strings ("DE89 3704 0044 0532 0130 00").
class ExemptSpans
{
public:
    explicit ExemptSpans(QStringView text);

    bool inUrl(qsizetype pos) const { return contains(m_urls, pos); }
    bool inIban(qsizetype pos) const { return contains(m_ibans, pos); }

private:
    struct Span
    {
        qsizetype start;
        qsizetype end;  // exclusive
    };
    static bool contains(const QList<Span> &spans, qsizetype pos);
    static qsizetype urlEnd(QStringView text, qsizetype start);   // start itself when no URL starts there
    static qsizetype ibanEnd(QStringView text, qsizetype start);  // start itself when no IBAN starts there

    QList<Span> m_urls;   // sorted, not overlapping
    QList<Span> m_ibans;  // sorted, not overlapping
};

} // namespace okpay
