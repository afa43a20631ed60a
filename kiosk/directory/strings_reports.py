"""Words of the reports (`python -m kiosk report ...`) and their charts, beyond the calls'
report (in strings.py): messages, feedback cards, the survey, searches that found nothing."""
from __future__ import annotations

REPORT_STRINGS: dict[str, tuple[str, str]] = {
    "report.title.year": ("직원 호출 연간 보고 {month}", "Calls for an attendant, {month}"),
    "report.by_month": ("월별", "By month"),
    "report.overall.period": ("전체", "All"),
    "report.minutes": ("{n}분", "{n} min"),
    "report.hours": ("{n}시간", "{n} h"),
    "report.days": ("{n}일", "{n} days"),
    "report.col.records": ("대상", "Records"),
    "report.col.kept": ("약속 지킴", "Kept"),
    "report.col.done": ("처리", "Done"),
    "report.col.not_done": ("미처리", "Not done"),
    "report.col.median": ("걸린 시간 중앙값", "Median time"),
    "report.counted.records": (
        "(지킨 수/대상 수) 대상: 기한 안에 처리했거나 기한이 지난 것. 기한이 아직 오지 않은 것은 "
        "빠집니다.",
        "(met/counted) Counted: done by the deadline, or the deadline has passed. Those not "
        "yet due are left out."),
    # messages for absent staff
    "report.messages.title": ("부재 직원 메시지 월간 보고 {period}",
                              "Messages for absent staff, {period}"),
    "report.messages.title.year": ("부재 직원 메시지 연간 보고 {period}",
                                   "Messages for absent staff, {period}"),
    "report.messages.none": ("{period}에는 메시지가 없습니다.", "No messages in {period}."),
    "report.messages.count.messages": ("메시지 {n}건", "{n} messages"),
    "report.messages.promise.callback": ("1시간 안에 회신", "Called back within 1 hour"),
    "report.messages.promise.callback.rule": (
        "남긴 뒤 1시간 안에, 또는 방문자가 원한 시각까지 전화한 비율",
        "share called back within 1 hour, or by the time the visitor asked for"),
    # feedback cards
    "report.feedback.title": ("칭찬·불편 카드 월간 보고 {period}",
                              "Feedback cards, {period}"),
    "report.feedback.title.year": ("칭찬·불편 카드 연간 보고 {period}",
                                   "Feedback cards, {period}"),
    "report.feedback.none": ("{period}에는 카드가 없습니다.", "No feedback cards in {period}."),
    "report.feedback.count.cards": ("카드 {n}장", "{n} cards"),
    "report.feedback.count.green": ("칭찬(초록) {n}", "green (praise) {n}"),
    "report.feedback.count.yellow": ("불편·제안(노랑) {n}", "yellow (complaint) {n}"),
    "report.feedback.count.anonymous": ("익명 {n} (답할 수 없어 측정하지 않음)",
                                        "anonymous {n} (cannot be answered: not measured)"),
    "report.feedback.promise.apology": ("1일 안에 사과 전화", "Apology within 1 day"),
    "report.feedback.promise.apology.rule": (
        "불친절 신고에 근무일 하루 안에 사과 전화한 비율",
        "share of unkind-service reports given an apology call within 1 working day"),
    "report.feedback.promise.answer": ("3일 안에 결과 안내", "Answered within 3 days"),
    "report.feedback.promise.answer.rule": (
        "연락처를 남긴 다른 카드에 근무일 3일 안에 결과를 알린 비율",
        "share of other cards with a contact answered within 3 working days"),
    "report.feedback.promise.improvement": ("7일 안에 개선 안내", "Improvement within 7 days"),
    "report.feedback.promise.improvement.rule": (
        "개선 제안에 근무일 7일 안에 결과를 알린 비율",
        "share of suggestions told the result within 7 working days"),
    # survey
    "report.satisfaction.title": ("만족도 월간 보고 {period}", "Visitor satisfaction, {period}"),
    "report.satisfaction.title.year": ("만족도 연간 보고 {period}",
                                       "Visitor satisfaction, {period}"),
    "report.satisfaction.none": ("{period}에는 응답이 없습니다.", "No answers in {period}."),
    "report.satisfaction.rule": (
        "얼굴: 1 매우 불만족 … 5 매우 만족. 만족 = 4 또는 5를 고른 응답의 비율.",
        "Faces: 1 very dissatisfied … 5 very satisfied. Satisfied = share of answers 4 or 5."),
    "report.satisfaction.reasons": ("가장 많이 고른 이유", "Reasons given most often"),
    "report.col.answers": ("응답", "Answers"),
    "report.col.mean": ("평균", "Mean"),
    "report.col.satisfied": ("만족", "Satisfied"),
    "report.face.1": ("1 매우 불만족", "1 very bad"),
    "report.face.2": ("2 불만족", "2 bad"),
    "report.face.3": ("3 보통", "3 neutral"),
    "report.face.4": ("4 만족", "4 good"),
    "report.face.5": ("5 매우 만족", "5 very good"),
    # searches that found nothing
    "report.searches.title": ("찾지 못한 검색 월간 보고 {period}",
                              "Searches that found nothing, {period}"),
    "report.searches.title.year": ("찾지 못한 검색 연간 보고 {period}",
                                   "Searches that found nothing, {period}"),
    "report.searches.none": ("{period}에는 찾지 못한 검색이 없습니다.",
                             "No search found nothing in {period}."),
    "report.searches.total": ("찾지 못한 검색 {n}건 (개인정보가 있어 감춘 것 {withheld}건)",
                              "{n} searches found nothing ({withheld} withheld: personal)"),
    "report.searches.top": ("가장 많이 찾은 것", "Asked for most"),
    "report.searches.withheld": ("감춤 (개인정보)", "withheld (personal)"),
    "report.col.searches": ("검색", "Searches"),
    # charts
    "chart.kept_of": ("{share} 지킴 ({met}/{counted})", "{share} kept ({met}/{counted})"),
    "chart.not_counted": ("대상 없음", "nothing counted"),
    "chart.target": ("약속: 모두 (100%)", "Promise: every time (100%)"),
    "chart.faces": ("응답 {n}건 · 평균 {mean} · 만족 {satisfied}",
                    "{n} answers · mean {mean} · satisfied {satisfied}"),
    "chart.searches": ("찾지 못한 검색 {n}건 · 감춤 {withheld}건",
                       "{n} searches found nothing · {withheld} withheld"),
    "chart.empty": ("이 기간에는 기록이 없습니다.", "No records in this period."),
}
