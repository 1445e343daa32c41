#include "services/supportdiagnostics.h"

#include "core/secretguard.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSysInfo>

namespace okpay {

SupportDiagnostics::Facts SupportDiagnostics::systemFacts()
{
    Facts f;
    f.appVersion = QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral("unknown") : QCoreApplication::applicationVersion();
    f.os = QSysInfo::prettyProductName() + QStringLiteral(" (") + QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion()
           + QStringLiteral(", ") + QSysInfo::currentCpuArchitecture() + u')';
    f.qtVersion = QString::fromLatin1(qVersion());
    f.locale = QLocale().name();
    return f;
}

QString SupportDiagnostics::redact(const QString &line)
{
    QString out = line;
    const QList<SecretFinding> findings = SecretGuard().scan(out);
    for (auto it = findings.crbegin(); it != findings.crend(); ++it)  // from the end, so earlier offsets stay valid
        out.replace(it->start, it->length, QStringLiteral("[removed]"));
    static const QRegularExpression bearer(QStringLiteral("(?i)\\b(bearer|token|authorization)([\"':= ]+)[A-Za-z0-9._~+/=-]+"));
    out.replace(bearer, QStringLiteral("\\1\\2[removed]"));
    // Long opaque strings (tokens, keys) that are not ordinary words.
    static const QRegularExpression opaque(QStringLiteral("\\b[A-Za-z0-9_-]{32,}\\b"));
    out.replace(opaque, QStringLiteral("[removed]"));
    return out;
}

QString SupportDiagnostics::text(const Facts &facts)
{
    QStringList lines;
    lines << QStringLiteral("OKPay Desktop %1").arg(facts.appVersion)
          << QStringLiteral("Operating system: %1").arg(facts.os)
          << QStringLiteral("Qt: %1").arg(facts.qtVersion)
          << QStringLiteral("Language: %1").arg(facts.locale)
          << QStringLiteral("Connection: %1").arg(facts.connection.isEmpty() ? QStringLiteral("unknown") : facts.connection)
          << QStringLiteral("Last synced: %1").arg(facts.lastSynced.isValid() ? facts.lastSynced.toUTC().toString(Qt::ISODate)
                                                                                  : QStringLiteral("never"));
    if (facts.recentProblems.isEmpty()) {
        lines << QStringLiteral("Recent problems: none");
    } else {
        lines << QStringLiteral("Recent problems:");
        for (const QString &problem : facts.recentProblems)
            lines << QStringLiteral("  ") + problem.left(300).simplified();
    }
    for (QString &line : lines)
        line = redact(line);
    return lines.join(u'\n');
}

} // namespace okpay
