import { createContext } from '@lit/context';

/** What a `<ck-provider>` hands down to every careerkit element inside it. */
export interface CareerkitContext {
  endpoint?: string;
  locale?: string;
}

export const careerkitContext = createContext<CareerkitContext>(Symbol.for('careerkit.context'));
