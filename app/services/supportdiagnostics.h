#pragma once
#include <QDateTime>
#include <QStringList>

namespace okpay {

// The technical report a ticket can carry ("Include diagnostics"): app and Qt version, operating system, language,
// connection state and the recent problems the app met (outbox errors). The user sees it before sending. There is no
// log buffer to quote yet, so the recent problems stand in for log lines. Secrets are removed from every line.
// Untranslated on purpose: support staff read it.
class SupportDiagnostics
{
public:
    struct Facts
    {
        QString appVersion;
        QString os;
        QString qtVersion;
        QString locale;
        QString connection;  // SyncEngine::State as a word
        QDateTime lastSynced;
        QStringList recentProblems;  // newest last
    };

    static Facts systemFacts();  // versions, OS and locale; the caller adds connection and problems
    static QString text(const Facts &facts);
    // Replaces recovery phrases, card numbers, codes and bearer or opaque tokens with "[removed]".
    static QString redact(const QString &line);
};

} // namespace okpay
