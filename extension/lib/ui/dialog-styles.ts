/**
 * Dialog styles, scoped by the closed shadow root. `:host { all: initial }` stops the page's
 * inherited styles (font, colour, line-height) reaching in; nothing here can reach out.
 */
export const DIALOG_CSS = `
:host { all: initial; position: fixed; inset: 0; z-index: 2147483647; }
.backdrop { position: fixed; inset: 0; z-index: 2147483647; display: flex; align-items: center;
  justify-content: center; background: rgb(0 0 0 / 45%); font: 14px/1.45 system-ui, sans-serif; color: #1b1b1f; }
.dialog { box-sizing: border-box; width: min(520px, calc(100vw - 32px)); max-height: calc(100vh - 32px); overflow: auto;
  background: #fff; border-radius: 10px; padding: 20px 22px; box-shadow: 0 12px 40px rgb(0 0 0 / 30%); }
h2 { font-size: 17px; margin: 0 0 8px; }
.brand { font-size: 12px; font-weight: 600; color: #5b5b66; letter-spacing: .04em; text-transform: uppercase; }
ul { margin: 8px 0 12px; padding-left: 20px; }
mark { background: #ffe08a; color: inherit; border-radius: 3px; padding: 0 3px; font-family: ui-monospace, monospace; }
.note { color: #5b5b66; font-size: 13px; }
label { display: block; margin: 10px 0 4px; font-weight: 600; }
textarea { box-sizing: border-box; width: 100%; min-height: 56px; font: inherit; padding: 6px; border: 1px solid #8a8a96; border-radius: 6px; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; margin-top: 14px; }
button { font: inherit; padding: 7px 14px; border-radius: 6px; border: 1px solid #8a8a96; background: #fff; color: #1b1b1f; cursor: pointer; }
button.primary { background: #1f4fd1; border-color: #1f4fd1; color: #fff; }
button:disabled { opacity: .5; cursor: not-allowed; }
button:focus-visible, textarea:focus-visible, a:focus-visible { outline: 3px solid #ffb000; outline-offset: 2px; }
a { color: #1f4fd1; }
@media (prefers-color-scheme: dark) {
  .dialog { background: #202024; color: #ececf1; } .note, .brand { color: #a8a8b3; }
  button { background: #2b2b31; color: #ececf1; } textarea { background: #2b2b31; color: #ececf1; }
  a { color: #8fb0ff; }
}`;
