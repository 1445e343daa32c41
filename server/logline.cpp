#include "logline.h"

#include <QDateTime>
#include <QString>

#include <cstdio>

namespace okpay::server::LogLine {

namespace {
const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "unknown";
}

// Days since 1970-01-01 → civil date (H. Hinnant's algorithm), so no QDateTime or time zone is involved.
void civilFromDays(qint64 days, int *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    *day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = int(yearOfEra + era * 400 + (*month <= 2 ? 1 : 0));
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line = format(type, context.category, message, QDateTime::currentMSecsSinceEpoch());
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);  // one write: lines of threads never interleave
    if (type == QtFatalMsg)
        std::abort();
}
} // namespace

QByteArray format(QtMsgType type, const char *category, const QString &message, qint64 msecsSinceEpoch)
{
    const qint64 seconds = msecsSinceEpoch >= 0 ? msecsSinceEpoch / 1000 : (msecsSinceEpoch - 999) / 1000;
    const int millis = int(msecsSinceEpoch - seconds * 1000);
    const qint64 days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
    const int secondOfDay = int(seconds - days * 86400);
    int year = 0, month = 0, day = 0;
    civilFromDays(days, &year, &month, &day);
    char stamp[40];
    std::snprintf(stamp, sizeof stamp, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", year, month, day, secondOfDay / 3600,
                  secondOfDay / 60 % 60, secondOfDay % 60, millis);
    QByteArray line;
    line.reserve(64 + message.size() * 3);
    line.append(stamp).append(" level=").append(levelName(type)).append(" cat=").append(category ? category : "default");
    // One event, one line: a line break inside the message is written as \n, so it cannot start a forged entry.
    line.append(' ').append(message.toUtf8().replace('\\', "\\\\").replace('\n', "\\n").replace('\r', "\\r")).append('\n');
    return line;
}

void install()
{
    qInstallMessageHandler(handler);
}

} // namespace okpay::server::LogLine
