#include "ui/widgets/formcolumn.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace okpay {

FormColumn::FormColumn(const QString &objectName, const QString &title, QWidget *parent)
    : QWidget(parent), m_title(new QLabel(title)), m_body(new QVBoxLayout)
{
    setObjectName(objectName);
    m_title->setObjectName(objectName + QStringLiteral("Title"));
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);

    auto *column = new QWidget;
    column->setMaximumWidth(440);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addStretch();
    columnLayout->addWidget(m_title);
    columnLayout->addLayout(m_body);
    columnLayout->addStretch(2);

    // Long forms (sign-up with the checklist) scroll instead of squeezing on small screens.
    auto *inner = new QWidget;
    auto *row = new QHBoxLayout(inner);
    row->addStretch();
    row->addWidget(column, 1);
    row->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

} // namespace okpay
