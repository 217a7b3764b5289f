import { useState } from 'react';

/** A new password typed twice, as the invitation and the change of password both ask for it. */
export interface NewPassword {
  readonly password: string;
  readonly repeat: string;
  /** The second typing differs from the first (not yet said while the second is empty). */
  readonly mismatch: boolean;
  setPassword(value: string): void;
  setRepeat(value: string): void;
  clear(): void;
}

export function useNewPassword(): NewPassword {
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  return {
    password,
    repeat,
    mismatch: repeat !== '' && repeat !== password,
    setPassword,
    setRepeat,
    clear: () => {
      setPassword('');
      setRepeat('');
    },
  };
}

/** The two fields and the mismatch notice; the labels are the caller's, already translated. */
export function NewPasswordFields({ value, labels }: { value: NewPassword; labels: { password: string; repeat: string; mismatch: string } }) {
  return (
    <>
      <p>
        <label style={{ display: 'flex' }}>
          {labels.password}
          <input type="password" name="password" value={value.password} onChange={(e) => value.setPassword(e.target.value)} autoComplete="new-password" minLength={8} required />
        </label>
      </p>
      <p>
        <label style={{ display: 'flex' }}>
          {labels.repeat}
          <input type="password" name="repeat" value={value.repeat} onChange={(e) => value.setRepeat(e.target.value)} autoComplete="new-password" minLength={8} required />
        </label>
      </p>
      {value.mismatch && <p className="error">{labels.mismatch}</p>}
    </>
  );
}
