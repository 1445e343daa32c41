#pragma once
#include <QByteArray>
#include <QtGlobal>

class QMessageLogContext;
class QString;

namespace okpay::server {

// The server's log: one line per event on stderr, "2026-11-25T15:01:53.123Z level=info cat=okpay.request …".
// Formatted by hand rather than with qSetMessagePattern: its %{time} goes through QDateTime and the local time zone
// on every line, which cost a fifth of the CPU of a cheap authenticated GET.
namespace LogLine {
QByteArray format(QtMsgType type, const char *category, const QString &message, qint64 msecsSinceEpoch);
void install();  // qInstallMessageHandler for the whole process
} // namespace LogLine

} // namespace okpay::server
