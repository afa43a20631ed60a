"""The words of the end of a visit: feedback cards, "did you find what you needed?", and the
route screen's call for someone to guide a wheelchair user (merged into strings.STRINGS)."""
from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    # route screen: no step-free way
    # No step-free way: staff cannot take a wheelchair there, so the guide promises only what
    # they can do, after what has steps (the room itself, or the way to it).
    "route.guide_me": ("직원 부르기: 도와 주세요", "Call staff to help me"),
    "route.guide_me.sub": ("직원이 이곳으로 와서 도와 드립니다.", "Staff will come here to help you."),
    "route.guide_me.steps.room": ("{place}에는 계단이 있어, 직원이 이곳으로 와서 도와 드립니다.",
                                  "{place} has steps: staff will come here to help you."),
    "route.guide_me.steps.way": ("{place}까지 가는 길에 계단이 있어, 직원이 이곳으로 와서 도와 "
                                 "드립니다.",
                                 "The way to {place} has steps: staff will come here to help "
                                 "you."),
    "console.to": ("목적지: {place}", "to: {place}"),
    # end of visit
    "survey.title": ("찾으시던 것을 찾으셨나요?", "Did you find what you needed?"),
    "survey.note": ("답하지 않으셔도 됩니다. 잠시 뒤 저절로 닫힙니다.",
                    "You need not answer: this closes by itself in a moment."),
    "survey.face.1": ("전혀 못 찾음", "Not at all"),
    "survey.face.2": ("거의 못 찾음", "Not really"),
    "survey.face.3": ("보통", "Partly"),
    "survey.face.4": ("대체로 찾음", "Mostly"),
    "survey.face.5": ("모두 찾음", "Yes, all of it"),
    "survey.why": ("어떤 점이 어려웠나요? (선택)", "What was hard? (optional)"),
    "survey.reason.place": ("장소를 못 찾음", "Could not find the place"),
    "survey.reason.person": ("담당자를 못 찾음", "Could not find the person"),
    "survey.reason.service": ("서비스를 못 찾음", "Could not find the service"),
    "survey.reason.reading": ("글씨를 읽기 어려움", "Hard to read"),
    "survey.reason.using": ("사용하기 어려움", "Hard to use"),
    "survey.reason.other": ("기타", "Other"),
    "survey.thanks": ("고맙습니다. 안녕히 가세요.", "Thank you. Goodbye."),
    "survey.close": ("닫기", "Close"),
    "survey.strip.short": ("찾으셨나요?", "Did you find it?"),
    "survey.strip.answer": ("눌러서 답하기 (답하지 않으셔도 됩니다)",
                            "Tap to answer (if you like)"),
    # feedback cards: home
    "home.feedback": ("칭찬·불편 카드", "Praise or complaint card"),
    "home.feedback.sub": ("그린카드·옐로카드로 의견 남기기", "Leave a green or yellow card"),
    "feedback.title": ("칭찬·불편 카드", "Praise or complaint card"),
    "feedback.choose": ("어떤 카드를 남기시겠어요?", "Which card would you like to leave?"),
    "feedback.green": ("칭찬 카드 (그린카드)", "Praise (green card)"),
    "feedback.green.sub": ("친절했던 직원, 좋았던 점", "Someone kind, something good"),
    "feedback.yellow": ("불편·건의 카드 (옐로카드)", "Complaint or suggestion (yellow card)"),
    "feedback.yellow.sub": ("불친절, 시설, 자료, 개선할 점", "Unkind service, facilities, "
                            "books, something to improve"),
    "feedback.category": ("무엇에 대한 의견인가요?", "What is it about?"),
    "feedback.category.unkind": ("직원이 불친절했어요", "Unkind service"),
    "feedback.category.facilities": ("시설", "Facilities"),
    "feedback.category.collection": ("자료 (책·자료실)", "Books and collection"),
    "feedback.category.improvement": ("개선해 주세요 (건의)", "A suggestion to improve"),
    "feedback.category.other": ("기타", "Something else"),
    "feedback.staff": ("칭찬할 직원의 이름을 찾아 고르세요 (선택)",
                       "Find the person you want to praise (optional)"),
    "feedback.staff.none": ("직원을 고르지 않고 계속", "Go on without naming anyone"),
    "feedback.staff.chosen": ("칭찬할 직원: {name}", "Praising: {name}"),
    "feedback.text": ("하고 싶은 말을 고르거나 입력하세요 (선택)",
                      "Choose or type what you want to say (optional)"),
    "feedback.text.prompt": ("여기에 입력됩니다", "Your words appear here"),
    "feedback.phrase.kind": ("친절하게 도와주셨어요", "You helped me kindly"),
    "feedback.phrase.quick": ("빠르게 처리해 주셨어요", "You were quick"),
    "feedback.phrase.clear": ("쉽게 설명해 주셨어요", "You explained it clearly"),
    "feedback.phrase.wait": ("너무 오래 기다렸어요", "I waited too long"),
    "feedback.phrase.clean": ("청소가 필요해요", "It needs cleaning"),
    "feedback.phrase.book": ("찾는 책이 없어요", "The book I want is not here"),
    "feedback.phrase.signs": ("안내 표시가 부족해요", "Signs are hard to follow"),
    "feedback.next": ("다음", "Next"),
    "feedback.contact": ("답변을 받으시겠어요?", "Would you like an answer?"),
    "feedback.details": ("답변 받으실 이름과 전화번호를 적어 주세요",
                         "Your name and phone number, so we can answer you"),
    "feedback.anonymous": ("이름 없이 보내기", "Send without my name"),
    "feedback.anonymous.warning": ("이름 없이 남긴 카드에는 답변을 드릴 수 없습니다.",
                                   "A card without a name cannot be answered."),
    "feedback.with_contact": ("이름과 전화번호 남기기", "Leave my name and phone number"),
    "feedback.consent.title": ("개인정보 수집·이용 동의", "Consent to collect personal data"),
    "feedback.consent.body": (
        "목적: 남기신 카드에 답변을 드리기 위해서입니다.\n"
        "항목: 이름, 전화번호.\n"
        "보유 기간: 답변을 드린 뒤 바로 지우며, 늦어도 {days}일 뒤에는 지웁니다.\n"
        "동의하지 않으셔도 됩니다. 동의하지 않으시면 카드는 이름 없이 전달되며, 답변을 "
        "드릴 수 없습니다.",
        "Purpose: to answer your card.\n"
        "Items: your name and phone number.\n"
        "Kept: deleted as soon as you are answered, and after {days} days at the latest.\n"
        "You may refuse. If you refuse, the card is sent without your name and cannot be "
        "answered."),
    "feedback.consent.agree": ("동의합니다", "I agree"),
    "feedback.consent.refuse": ("동의하지 않음 (이름 없이 보내기)",
                                "I refuse (send without my name)"),
    "feedback.name": ("이름", "Name"),
    "feedback.phone": ("전화번호", "Phone number"),
    "feedback.phone.invalid": ("전화번호를 확인해 주세요 (예: 010-1234-5678).",
                               "Please check the phone number (e.g. 010-1234-5678)."),
    "feedback.send": ("보내기", "Send"),
    "feedback.sent.title": ("카드를 남겼습니다. 고맙습니다.", "Your card is kept. Thank you."),
    "feedback.sent.stored": ("카드는 이 키오스크에 저장되었고, 직원이 모아서 읽습니다. "
                             "안내데스크 화면으로 바로 전달되지는 않습니다.",
                             "The card is saved on this kiosk, and the staff collect and read "
                             "the cards. It does not go straight to the information desk."),
    "feedback.sent.due": ("{date}까지 전화로 답변을 드립니다.",
                          "We will call you with an answer by {date}."),
    "feedback.sent.anonymous": ("이름 없이 남기셔서 답변은 드릴 수 없습니다.",
                                "It has no name, so it cannot be answered."),
    "feedback.failed.title": ("카드를 저장하지 못했습니다", "The card could not be saved"),
    "feedback.failed.body": ("죄송합니다. 안내데스크({phone})에 말씀해 주세요.",
                             "We are sorry. Please tell the information desk ({phone})."),
    "feedback.done": ("처음으로", "Back to the start"),
}
