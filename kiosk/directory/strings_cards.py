"""The words of feedback cards on their way to the desk: what the kiosk tells the visitor
about the card's delivery, and how the console shows a card (merged into strings.STRINGS)."""
from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    # the kiosk: the card's delivery, as a message's (strings_messages.py "message.sent.*")
    "feedback.delivery.received": ("안내데스크가 카드를 받았습니다. 고맙습니다.",
                                   "The information desk has your card. Thank you."),
    "feedback.delivery.waiting": ("카드를 보냈습니다. 안내데스크의 확인을 기다리는 중입니다",
                                  "Card sent; waiting for the desk to confirm"),
    "feedback.delivery.waiting.body": ("확인이 오지 않으면 안내데스크({phone})에 말씀해 주세요.",
                                       "If no confirmation comes, please tell the information "
                                       "desk ({phone})."),
    "feedback.delivery.stored": ("카드가 아직 안내데스크에 전달되지 않았습니다",
                                 "The card has not reached the desk yet"),
    # Not (yet) at the desk, nobody can call the visitor back: the date is said for what it
    # is (the card's clock starts when it is left, calls/note_box.py send), never as a promise
    # kept by a desk that does not have the card; the desk's phone is what works now.
    "feedback.queued.body": ("카드는 이 키오스크에 저장되어 있다가 안내데스크에 연결되면 "
                             "보내집니다.",
                             "It is kept on this kiosk and will be sent when the desk can be "
                             "reached."),
    # Kept, though the footer's help would reach a console (one of other departments only).
    "feedback.held.body": ("카드는 이 키오스크에 저장되어 있다가 담당 직원에게 연결되는 대로 "
                           "보내집니다.",
                           "It is kept on this kiosk and will be sent as soon as it can reach "
                           "the staff who handle it."),
    # Two short sentences: the date, then the catch (one long one lost older readers).
    "feedback.queued.due": ("답변 기한은 지금부터 {date}까지입니다. 다만 카드가 안내데스크에 "
                            "닿기 전에는 전화를 드릴 수 없습니다.",
                            "Its answer is due by {date}, counted from now. But nobody can "
                            "call you before the desk has the card."),
    "feedback.queued.now": ("지금 도움이 필요하시면 안내데스크({phone})에 말씀해 주세요.",
                            "For help now, please tell the information desk ({phone})."),
    "feedback.waiting.due": ("안내데스크가 카드를 확인하면 {date}까지 전화로 답변을 드립니다.",
                             "Once the desk confirms it has the card, we will call you with an "
                             "answer by {date}."),
    # the console: the card's colour in words, its clock, its answer
    "console.card.green": ("칭찬 카드", "Green card: praise"),
    "console.card.yellow": ("불편·제안 카드: {category}", "Yellow card: {category}"),
    "console.card.unkind": ("불친절", "unkind service"),
    "console.card.facilities": ("시설", "facilities"),
    "console.card.collection": ("자료", "collection"),
    "console.card.improvement": ("개선 제안", "improvement"),
    "console.card.other": ("기타", "other"),
    "console.card.for": ("{card} · {who}", "{card} · {who}"),
    "console.card.promise.unkind": ("사과 전화", "Apology call"),
    "console.card.promise.improvement": ("결과 안내", "Tell the result"),
    "console.card.promise.answer": ("답변", "Answer"),
    "console.card.due": ("{promise} {date}까지 · {left} 남음",
                         "{promise} by {date} · {left} left"),
    "console.card.overdue": ("{promise} 기한 지남 {late}", "{promise} OVERDUE by {late}"),
    "console.card.anonymous": ("연락처 없음: 답변할 수 없는 카드", "No contact: cannot be answered"),
    "console.card.no_text": ("(내용 없음)", "(no words)"),
    "console.card.left": ("{kiosk} · {time}에 남김", "Left at {kiosk}, {time}"),
    "console.card.answered": ("답변 완료", "Answered"),
    "console.card.read": ("읽음", "Read"),
    "console.card.select": ("카드를 고른 뒤 답변하고 '답변 완료'를 누르세요. 연락처 없는 카드는 "
                            "읽은 뒤 '읽음'을 누르세요.",
                            "Select a card, answer the visitor, then press 'Answered'. A card "
                            "without a contact: read it, then press 'Read'."),
    "console.notes": ("메시지·카드 {n}건", "Messages and cards: {n}"),
    "console.notes.none": ("남겨진 메시지·카드 없음", "No messages or cards"),
}
