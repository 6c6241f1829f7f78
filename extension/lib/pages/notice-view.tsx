import type { EmployeeNotice } from '../../../shared/policy/notice';

/** The employee notice, shared by the notice page and the popup. */
export function NoticeView({ notice }: { readonly notice: EmployeeNotice }) {
  return (
    <div data-testid="employee-notice">
      {notice.organizationText && <p data-testid="organization-notice">{notice.organizationText}</p>}
      {notice.sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          {section.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </section>
      ))}
      {notice.noticeUrl && (
        <p>
          <a href={notice.noticeUrl} target="_blank" rel="noreferrer">
            Your organisation’s AI-use policy
          </a>
        </p>
      )}
    </div>
  );
}
