#include "ui/widgets/fielderrorlabel.h"

namespace okpay {

FieldErrorLabel::FieldErrorLabel(const QString &objectName, QWidget *parent) : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral("color: #b00020;"));
    setAccessibleName(tr("Error"));
    setVisible(false);
}

void FieldErrorLabel::setError(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

} // namespace okpay
